import { SCOPED_TENANT, type TenantDb } from "./forTenant";
import { DomainError } from "./errors";
import { notifyRoutingChanged } from "./calls/resolveNumberRoute";
import type { InputJsonValue } from "./generated/prisma/internal/prismaNamespace";

const flowSummarySelect = {
  id: true, name: true, draftRevision: true, draftUpdatedAt: true, createdAt: true, updatedAt: true,
  publishedVersion: { select: { id: true, number: true, publishedAt: true } },
  numbers: { select: { id: true, e164: true } },
} as const;

/** The tenant's flows, newest first, with their published state and the numbers routed to them. */
export function listFlows(db: TenantDb, search?: string) {
  return db.flow.findMany({
    where: search ? { name: { contains: search, mode: "insensitive" } } : {},
    select: flowSummarySelect,
    orderBy: { updatedAt: "desc" },
  });
}

/** One flow with its draft, or null when it does not exist in this tenant. */
export function getFlow(db: TenantDb, flowId: string) {
  return db.flow.findFirst({ where: { id: flowId }, include: { publishedVersion: true, numbers: { select: { id: true, e164: true } } } });
}

export async function createFlow(db: TenantDb, input: { name: string; draft: unknown; userId?: string }) {
  const flow = await db.flow.create({
    data: { name: input.name.trim(), draft: input.draft as InputJsonValue, draftUpdatedById: input.userId ?? null, tenantId: SCOPED_TENANT },
  });
  await db.auditLog.create({ data: { action: "flow.create", entityType: "Flow", entityId: flow.id, userId: input.userId ?? null, tenantId: SCOPED_TENANT } });
  return flow;
}

export async function renameFlow(db: TenantDb, flowId: string, name: string, userId?: string) {
  const { count } = await db.flow.updateMany({ where: { id: flowId }, data: { name: name.trim() } });
  if (count === 0) throw new DomainError("NOT_FOUND", "Flow not found");
  await db.auditLog.create({ data: { action: "flow.rename", entityType: "Flow", entityId: flowId, userId: userId ?? null, data: { name }, tenantId: SCOPED_TENANT } });
}

export async function deleteFlow(db: TenantDb, flowId: string, userId?: string) {
  const { count } = await db.flow.deleteMany({ where: { id: flowId } });
  if (count === 0) throw new DomainError("NOT_FOUND", "Flow not found");
  await db.auditLog.create({ data: { action: "flow.delete", entityType: "Flow", entityId: flowId, userId: userId ?? null, tenantId: SCOPED_TENANT } });
}

/**
 * Saves a draft only if nobody saved since `expectedRevision` (optimistic concurrency), so a second
 * editor tab is told about the conflict instead of silently overwriting the first.
 */
export async function saveFlowDraft(db: TenantDb, flowId: string, input: { draft: unknown; expectedRevision: number; userId?: string }) {
  const { count } = await db.flow.updateMany({
    where: { id: flowId, draftRevision: input.expectedRevision },
    data: { draft: input.draft as InputJsonValue, draftRevision: { increment: 1 }, draftUpdatedAt: new Date(), draftUpdatedById: input.userId ?? null },
  });
  if (count === 1) return { revision: input.expectedRevision + 1 };
  const current = await db.flow.findFirst({ where: { id: flowId }, select: { draftRevision: true, draftUpdatedAt: true, draftUpdatedById: true } });
  if (!current) throw new DomainError("NOT_FOUND", "Flow not found");
  throw new DomainError("DRAFT_CONFLICT", "This flow was changed elsewhere since you opened it", { current });
}

/** Freezes a source document and its compiled IR as the next immutable version and makes it live. */
export async function publishFlowVersion(db: TenantDb, flowId: string, input: { source: unknown; ir: unknown; note?: string; userId?: string }) {
  const flow = await db.flow.findFirst({ where: { id: flowId }, select: { id: true } });
  if (!flow) throw new DomainError("NOT_FOUND", "Flow not found");
  const last = await db.flowVersion.findFirst({ where: { flowId }, orderBy: { number: "desc" }, select: { number: true } });
  const version = await db.flowVersion.create({
    data: {
      flowId, number: (last?.number ?? 0) + 1, source: input.source as InputJsonValue, ir: input.ir as InputJsonValue,
      note: input.note ?? "", publishedById: input.userId ?? null, tenantId: SCOPED_TENANT,
    },
  });
  await db.flow.updateMany({ where: { id: flowId }, data: { publishedVersionId: version.id } });
  await notifyRoutingChanged(db, `flow:${flowId}`);
  await db.auditLog.create({ data: { action: "flow.publish", entityType: "Flow", entityId: flowId, userId: input.userId ?? null, data: { version: version.number }, tenantId: SCOPED_TENANT } });
  return version;
}

export function listFlowVersions(db: TenantDb, flowId: string) {
  return db.flowVersion.findMany({
    where: { flowId },
    select: { id: true, number: true, note: true, publishedAt: true, publishedById: true },
    orderBy: { number: "desc" },
  });
}
