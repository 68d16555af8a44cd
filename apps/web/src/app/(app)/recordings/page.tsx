import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, listExtensions, listQueues } from "@centrala/db";
import { parseJsonBody } from "@/features/api/parseJsonBody";
import type { ApiIssue } from "@/features/api/apiResult";
import { can } from "@/features/auth/permissions";
import { formatPhoneNumber } from "@/features/numbers/formatPhoneNumber";
import { requirePermission } from "@/features/auth/requirePermission";
import { callRecordingsQuerySchema, readCallRecordings } from "@/features/recordings/api/handleCallRecordings";
import { CallRecordingsScreen } from "@/features/recordings/CallRecordingsScreen";
import type { RecordingFilterValues } from "@/features/recordings/RecordingFilters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("recordings.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const filterKeys = ["agent", "queue", "caller", "from", "to", "page"] as const;

export default async function RecordingsPage({ searchParams }: Props) {
  const session = await requirePermission("recordings.listen");
  const raw = await searchParams;
  const values = Object.fromEntries(filterKeys.map((key) => [key, [raw[key]].flat()[0] ?? ""])) as RecordingFilterValues;
  const prisma = getPrisma();
  const db = forTenant(prisma, session.tenantId);
  const parsed = parseJsonBody(callRecordingsQuerySchema, values, session.locale);
  const supervises = can(session.role, "calls.supervise");
  const [page, queues, extensions] = await Promise.all([
    parsed.ok ? readCallRecordings(prisma, session, parsed.data) : null,
    listQueues(db),
    listExtensions(db),
  ]);
  const issues = parsed.ok ? [] : ((parsed.result.body as { error: { issues?: ApiIssue[] } }).error.issues ?? []);
  const agents = extensions
    .filter((extension) => supervises || extension.userId === session.userId)
    .map((extension) => ({ id: extension.id, label: `${extension.number} ${extension.name}`.trim() }));
  return (
    <CallRecordingsScreen
      values={values}
      fieldErrors={Object.fromEntries(issues.map((issue) => [issue.path, [issue.message]]))}
      page={page && { ...page, recordings: page.recordings.map((recording) => ({ ...recording, caller: recording.fromNumber ? formatPhoneNumber(recording.fromNumber) : null })) }}
      agents={agents}
      queues={queues.map((queue) => ({ id: queue.id, label: queue.name }))}
      canManageQueues={can(session.role, "queues.manage")}
    />
  );
}
