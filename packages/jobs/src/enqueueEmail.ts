import { sendJob, type SqlClient } from "./sendJob";

/** A client that can write the outbox row: a Prisma client, a tenant-scoped one, or a transaction. */
export type OutboxClient = SqlClient & {
  // `never`: any Prisma model delegate fits; the call below passes a valid EmailMessage row.
  emailMessage: { create(args: never): PromiseLike<{ id: string }> };
};

export type OutgoingEmail = {
  /** The tenant the message concerns: left out with a tenant-scoped client (it stamps it), null for a person's own account. */
  tenantId?: string | null;
  toEmail: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
  kind: string;
  dedupeKey?: string;
};

/**
 * Writes an e-mail to the outbox and queues its delivery, on the same client: inside a
 * transaction both land or neither does. A `dedupeKey` already used makes this a no-op (null).
 */
export async function enqueueEmail(client: OutboxClient, email: OutgoingEmail, options: { schema?: string } = {}): Promise<string | null> {
  try {
    const row = await client.emailMessage.create({ data: email, select: { id: true } } as never);
    await sendJob(client, "sendEmail", { emailId: row.id }, { singletonKey: row.id, ...options });
    return row.id;
  } catch (error) {
    if (email.dedupeKey && (error as { code?: string }).code === "P2002") return null;
    throw error;
  }
}
