import type { Db } from "../createPrismaClient";
import { SCOPED_TENANT, type TenantDb } from "../forTenant";

export type CallRecordingFilter = {
  /** Only these agents' recordings (an agent allowed to hear only their own passes their extensions). */
  agentExtensionIds?: string[];
  queueId?: string;
  /** Part of the caller's number. */
  caller?: string;
  from?: Date;
  to?: Date;
};

function buildWhere(filter: CallRecordingFilter) {
  return {
    kind: "call" as const, deletedAt: null,
    ...(filter.agentExtensionIds && { agentExtensionId: { in: filter.agentExtensionIds } }),
    ...(filter.queueId && { queueId: filter.queueId }),
    ...(filter.caller && { fromNumber: { contains: filter.caller } }),
    ...((filter.from || filter.to) && { createdAt: { ...(filter.from && { gte: filter.from }), ...(filter.to && { lt: filter.to }) } }),
  };
}

const rowSelect = { id: true, callId: true, fromNumber: true, queueId: true, agentExtensionId: true, durationMs: true, sizeBytes: true, createdAt: true } as const;

/** One page of call recordings, newest first, with the total that match and the queue and agent each names. */
export async function listCallRecordingsPage(db: TenantDb, filter: CallRecordingFilter, page: { offset: number; limit: number }) {
  const where = buildWhere(filter);
  const [rows, total] = await Promise.all([
    db.recording.findMany({ where, select: rowSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: page.offset, take: Math.min(page.limit, 100) }),
    db.recording.count({ where }),
  ]);
  const queueIds = [...new Set(rows.flatMap((row) => (row.queueId ? [row.queueId] : [])))];
  const agentIds = [...new Set(rows.flatMap((row) => (row.agentExtensionId ? [row.agentExtensionId] : [])))];
  const [queues, agents] = await Promise.all([
    queueIds.length ? db.queue.findMany({ where: { id: { in: queueIds } }, select: { id: true, name: true } }) : [],
    agentIds.length ? db.extension.findMany({ where: { id: { in: agentIds } }, select: { id: true, number: true, name: true } }) : [],
  ]);
  const queueById = new Map(queues.map((queue) => [queue.id, queue]));
  const agentById = new Map(agents.map((agent) => [agent.id, agent]));
  return {
    total,
    rows: rows.map((row) => ({
      ...row,
      queue: (row.queueId && queueById.get(row.queueId)) || null,
      agent: (row.agentExtensionId && agentById.get(row.agentExtensionId)) || null,
    })),
  };
}

/** One call recording the filter allows (deleted ones and voicemail are not), or null. */
export function findCallRecording(db: TenantDb, recordingId: string, filter: Pick<CallRecordingFilter, "agentExtensionIds"> = {}) {
  return db.recording.findFirst({ where: { id: recordingId, ...buildWhere(filter) }, select: rowSelect });
}

/** The extensions linked to a member: the agent they take calls as. */
export async function listMemberExtensionIds(db: TenantDb, userId: string): Promise<string[]> {
  const rows = await db.extension.findMany({ where: { userId }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Writes who played or downloaded a recording into the audit log. */
export async function logRecordingAccess(db: TenantDb, recordingId: string, userId: string, access: "play" | "download") {
  await db.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId, action: `recording.${access}`, entityType: "Recording", entityId: recordingId } });
}

/**
 * Deletes call recordings older than their organisation's retention (`Tenant.recordingRetentionDays`),
 * across tenants, up to `limit` at a time: the rows go, each tenant's audit log says how many, and the
 * storage keys come back so the caller deletes the files after the rows.
 */
export async function purgeExpiredRecordings(prisma: Db, now = new Date(), limit = 500): Promise<{ tenantId: string; storageKey: string }[]> {
  const expired = await prisma.$queryRaw<{ id: string; tenantId: string; storageKey: string }[]>`
    SELECT r."id", r."tenantId", r."storageKey" FROM "Recording" r JOIN "Tenant" t ON t."id" = r."tenantId"
    WHERE r."kind" = 'call' AND r."createdAt" < (${now}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => t."recordingRetentionDays")
    ORDER BY r."createdAt" LIMIT ${limit}`;
  if (!expired.length) return [];
  await prisma.recording.deleteMany({ where: { id: { in: expired.map((row) => row.id) } } });
  const perTenant = new Map<string, number>();
  for (const row of expired) perTenant.set(row.tenantId, (perTenant.get(row.tenantId) ?? 0) + 1);
  await prisma.auditLog.createMany({
    data: [...perTenant].map(([tenantId, count]) => ({ tenantId, action: "recording.retentionPurge", entityType: "Recording", data: { count } })),
  });
  return expired.map(({ tenantId, storageKey }) => ({ tenantId, storageKey }));
}
