import type { Db } from "@centrala/db";
import type { MailTransport } from "@centrala/mail";

export type DeliveryResult = "sent" | "outbox" | "already";

/**
 * Delivers one outbox message. With SMTP the message is sent and its body dropped from the
 * database (links in it are credentials); without SMTP the outbox row itself is the delivery,
 * readable in the development outbox. A failure is recorded and rethrown so the queue retries;
 * on the last try the message is marked failed.
 */
export async function deliverEmail(prisma: Db, deps: { transport: MailTransport | null; from: string }, job: { emailId: string; lastTry: boolean }): Promise<DeliveryResult> {
  const message = await prisma.emailMessage.findUnique({ where: { id: job.emailId } });
  if (!message || message.status === "sent") return "already";
  if (!deps.transport) {
    await prisma.emailMessage.update({ where: { id: message.id }, data: { status: "sent", transport: "outbox", sentAt: new Date(), attempts: { increment: 1 } } });
    return "outbox";
  }
  try {
    await deps.transport.send({ from: deps.from, to: message.toEmail, subject: message.subject, text: message.text, html: message.html });
  } catch (error) {
    await prisma.emailMessage.update({
      where: { id: message.id },
      data: { attempts: { increment: 1 }, lastError: String((error as Error).message).slice(0, 500), ...(job.lastTry ? { status: "failed" } : {}) },
    });
    throw error;
  }
  await prisma.emailMessage.update({ where: { id: message.id }, data: { status: "sent", transport: "smtp", sentAt: new Date(), attempts: { increment: 1 }, text: "", html: "" } });
  return "sent";
}
