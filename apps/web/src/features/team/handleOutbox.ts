import type { Db } from "@centrala/db";
import { respondError, respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";

/**
 * GET /api/dev/outbox: the e-mails that stay here because no SMTP server is configured (the
 * development default), so invitations and resets can be followed offline. Shows the tenant's
 * messages and those to the signed-in person. Off (404) as soon as SMTP_URL is set.
 */
export async function handleListOutbox(prisma: Db, session: ApiSession, smtpConfigured: boolean): Promise<ApiResult> {
  if (smtpConfigured) return respondError(404, "NOT_FOUND", session.locale === "pl" ? "Skrzynka nadawcza jest wyłączona: e-maile wychodzą przez SMTP." : "The outbox is off: e-mail goes out through SMTP.");
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { email: true } });
  const messages = await prisma.emailMessage.findMany({
    where: { OR: [{ tenantId: session.tenantId }, ...(user ? [{ toEmail: user.email }] : [])] },
    select: { id: true, toEmail: true, subject: true, text: true, html: true, kind: true, locale: true, status: true, createdAt: true, sentAt: true },
    orderBy: { createdAt: "desc" }, take: 50,
  });
  return respondOk({ messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null })) });
}
