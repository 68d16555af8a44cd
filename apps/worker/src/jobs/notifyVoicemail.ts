import { forTenant, type Db } from "@centrala/db";
import { enqueueEmail } from "@centrala/jobs";
import { pickEmailLocale, renderEmail } from "@centrala/mail";

/**
 * E-mails everyone who follows a voicemail box about a new message: the box is the extension
 * whose number the voicemail step named; its own member and its extra recipients are told. A
 * message for a box nobody follows goes to the organisation's owners and admins, so it is never
 * left unheard. One e-mail per person and recording, however often the job runs.
 */
export async function notifyVoicemail(prisma: Db, deps: { publicWebUrl: string; jobSchema?: string }, job: { recordingId: string }): Promise<number> {
  const recording = await prisma.recording.findUnique({
    where: { id: job.recordingId },
    select: { id: true, tenantId: true, kind: true, mailbox: true, durationMs: true, createdAt: true, call: { select: { fromNumber: true } }, tenant: { select: { name: true, timezone: true, language: true } } },
  });
  if (!recording || recording.kind !== "voicemail") return 0;
  const db = forTenant(prisma, recording.tenantId);
  const extension = recording.mailbox
    ? await db.extension.findFirst({ where: { number: recording.mailbox }, select: { number: true, name: true, user: true, voicemailRecipients: { select: { user: true } } } })
    : null;
  let people = extension ? [extension.user, ...extension.voicemailRecipients.map((r) => r.user)].filter((user) => user !== null) : [];
  if (people.length === 0) {
    people = (await db.membership.findMany({ where: { role: { in: ["owner", "admin"] } }, select: { user: true } })).map((m) => m.user);
  }
  const unique = [...new Map(people.map((user) => [user.id, user])).values()];
  const mailbox = extension ? `${extension.number} ${extension.name}` : recording.mailbox ?? "—";
  let queued = 0;
  for (const user of unique) {
    const locale = pickEmailLocale(user.locale);
    const email = renderEmail({
      kind: "voicemail", tenantName: recording.tenant.name, mailbox, callerNumber: recording.call?.fromNumber ?? (locale === "pl" ? "numer ukryty" : "unknown number"),
      receivedAt: recording.createdAt, durationSeconds: recording.durationMs / 1000, timeZone: recording.tenant.timezone,
      link: `${deps.publicWebUrl.replace(/\/$/, "")}/voicemail?message=${encodeURIComponent(recording.id)}`,
    }, locale);
    const id = await db.$transaction((tx) => enqueueEmail(tx, {
      toEmail: user.email, ...email, locale, kind: "voicemail", dedupeKey: `voicemail:${recording.id}:${user.id}`,
    }, { ...(deps.jobSchema ? { schema: deps.jobSchema } : {}) }));
    if (id) queued += 1;
  }
  return queued;
}
