import type { OutboxClient } from "@centrala/jobs";
import { enqueueEmail } from "@centrala/jobs";
import { pickEmailLocale, renderEmail, type EmailContent } from "@centrala/mail";

/** Renders an e-mail in the recipient's language and puts it in the outbox for the worker to send. */
export async function sendWorkspaceEmail(client: OutboxClient, input: { to: string; language: string | null; content: EmailContent; tenantId?: string | null }) {
  const locale = pickEmailLocale(input.language);
  const rendered = renderEmail(input.content, locale);
  return enqueueEmail(client, { ...(input.tenantId !== undefined ? { tenantId: input.tenantId } : {}), toEmail: input.to, ...rendered, locale, kind: input.content.kind });
}
