import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, listExtensions } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import { formatPhoneNumber } from "@/features/numbers/formatPhoneNumber";
import { getMediaContext } from "@/features/prompts/getMediaContext";
import { handleListRecordings } from "@/features/recordings/api/handleRecordings";
import { VoicemailInbox } from "@/features/voicemail/VoicemailInbox";
import type { VoicemailMessage } from "@/features/voicemail/voicemailTypes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("voicemail.title") };
}

export default async function VoicemailPage() {
  const session = await requirePermission("recordings.listen");
  const prisma = getPrisma();
  const [result, extensions] = await Promise.all([
    handleListRecordings(prisma, session, { signingKey: getMediaContext().settings.signingKey, origin: "" }, new URLSearchParams({ kind: "voicemail" })),
    listExtensions(forTenant(prisma, session.tenantId)),
  ]);
  const { recordings } = result.body as { recordings: Omit<VoicemailMessage, "caller">[] };
  const messages = recordings.map((recording) => ({ ...recording, caller: recording.fromNumber ? formatPhoneNumber(recording.fromNumber) : null }));
  const mailboxes = extensions.filter((extension) => extension.voicemailEnabled).map(({ number, name }) => ({ number, name }));
  return <VoicemailInbox initial={messages} mailboxes={mailboxes} />;
}
