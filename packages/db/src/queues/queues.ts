import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { forTenant, SCOPED_TENANT, type TenantDb } from "../forTenant";
import type { QueueOverflowAction, QueueStrategy, RecordingPolicy } from "../generated/prisma/enums";
import { toJsonColumn } from "../toJsonColumn";
import { findFlowsUsing } from "../usage/findFlowsUsing";

export type QueueInput = {
  name: string;
  strategy: QueueStrategy;
  ringSeconds: number;
  wrapUpSeconds: number;
  maxWaitSeconds: number;
  overflowAction: QueueOverflowAction;
  overflowTarget: string | null;
  overflowMessage: unknown;
  /** Music on hold, played in order (QueueHoldTrack rows); empty: the project's own melody. */
  holdMusic: string[];
  announceEverySeconds: number;
  announcePosition: boolean;
  announceWaitTime: boolean;
  recordingPolicy: RecordingPolicy;
  /** The agents in the order they are tried; penalty defers an agent behind lower penalties. */
  members: { extensionId: string; penalty: number }[];
};

const queueSelect = {
  id: true, name: true, strategy: true, ringSeconds: true, wrapUpSeconds: true, maxWaitSeconds: true,
  overflowAction: true, overflowTarget: true, overflowMessage: true,
  announceEverySeconds: true, announcePosition: true, announceWaitTime: true, recordingPolicy: true, createdAt: true, updatedAt: true,
  members: { select: { extensionId: true, position: true, penalty: true, extension: { select: { number: true, name: true } } }, orderBy: { position: "asc" } },
  holdTracks: { select: { promptId: true }, orderBy: { position: "asc" } },
} as const;

/** A stored queue with its music on hold as the prompt ids it plays, in order. */
function toQueue<T extends { holdTracks: { promptId: string }[] }>({ holdTracks, ...queue }: T) {
  return { ...queue, holdMusic: holdTracks.map((track) => track.promptId) };
}

export async function listQueues(db: TenantDb) {
  return (await db.queue.findMany({ select: queueSelect, orderBy: { name: "asc" } })).map(toQueue);
}

export async function getQueue(db: TenantDb, id: string) {
  const queue = await db.queue.findFirst({ where: { id }, select: queueSelect });
  return queue && toQueue(queue);
}

/** Checks that everything a queue points at belongs to the tenant; names the first field at fault. */
async function checkQueueReferences(db: TenantDb, input: Partial<QueueInput>, selfId?: string) {
  if (input.members) {
    const ids = input.members.map((member) => member.extensionId);
    if (new Set(ids).size !== ids.length) throw new DomainError("INVALID", "An extension is listed twice among the members", { field: "members" });
    const found = await db.extension.count({ where: { id: { in: ids } } });
    if (found !== ids.length) throw new DomainError("INVALID", "A member is not one of this organisation's extensions", { field: "members" });
  }
  if (input.overflowAction !== undefined) {
    const target = input.overflowTarget ?? null;
    const needsTarget = input.overflowAction !== "hangup";
    if (needsTarget && !target) throw new DomainError("INVALID", "Choose where callers go after the longest wait", { field: "overflowTarget" });
    if (input.overflowAction === "queue") {
      if (target === selfId || !(await db.queue.findFirst({ where: { id: target ?? "" }, select: { id: true } }))) {
        throw new DomainError("INVALID", "The overflow queue must be another queue of this organisation", { field: "overflowTarget" });
      }
    }
    if (input.overflowAction === "extension" || input.overflowAction === "voicemail") {
      const extension = await db.extension.findFirst({ where: { number: target ?? "" }, select: { voicemailEnabled: true } });
      if (!extension) throw new DomainError("INVALID", `Extension ${target} does not exist`, { field: "overflowTarget" });
      if (input.overflowAction === "voicemail" && !extension.voicemailEnabled) {
        throw new DomainError("INVALID", `Extension ${target} has no voicemail box: turn it on first`, { field: "overflowTarget" });
      }
    }
  }
  if (input.holdMusic?.length) {
    const ids = input.holdMusic;
    const found = await db.prompt.count({ where: { id: { in: ids } } });
    if (found !== new Set(ids).size) throw new DomainError("INVALID", "A hold music prompt is not in this organisation's library", { field: "holdMusic" });
  }
}

function toQueueData(input: Partial<QueueInput>) {
  const { members: _members, overflowMessage, holdMusic: _holdMusic, name, ...rest } = input;
  return {
    ...rest,
    ...(name !== undefined ? { name: name.trim() } : {}),
    ...(overflowMessage !== undefined ? { overflowMessage: toJsonColumn(overflowMessage) } : {}),
  };
}

function convertDuplicate(error: unknown, name: string | undefined): never {
  if ((error as { code?: string }).code === "P2002") throw new DomainError("DUPLICATE", `A queue named “${name}” already exists`, { field: "name" });
  throw error;
}

export async function createQueue(prisma: Db, tenantId: string, input: QueueInput & { actorId?: string }) {
  const db = forTenant(prisma, tenantId);
  await checkQueueReferences(db, input);
  const { actorId, ...fields } = input;
  try {
    const id = await db.$transaction(async (tx) => {
      const queue = await tx.queue.create({ data: { ...toQueueData(fields), name: fields.name.trim(), tenantId: SCOPED_TENANT } as never, select: { id: true } });
      await tx.queueMember.createMany({ data: fields.members.map((member, position) => ({ tenantId: SCOPED_TENANT, queueId: queue.id, extensionId: member.extensionId, penalty: member.penalty, position })) });
      await tx.queueHoldTrack.createMany({ data: fields.holdMusic.map((promptId, position) => ({ tenantId: SCOPED_TENANT, queueId: queue.id, promptId, position })) });
      await tx.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: actorId ?? null, action: "queue.create", entityType: "Queue", entityId: queue.id, data: { name: fields.name } } });
      return queue.id;
    });
    return getQueue(db, id);
  } catch (error) {
    return convertDuplicate(error, input.name);
  }
}

/** Changes a queue; a rename never breaks a flow (flows and jambonz know it by id). */
export async function updateQueue(prisma: Db, tenantId: string, id: string, input: Partial<QueueInput> & { actorId?: string }) {
  const db = forTenant(prisma, tenantId);
  const current = await db.queue.findFirst({ where: { id }, select: { overflowAction: true, overflowTarget: true } });
  if (!current) throw new DomainError("NOT_FOUND", "Queue not found");
  const { actorId, members, ...fields } = input;
  // Overflow target and action are checked together, as they will be stored.
  const overflow = fields.overflowAction !== undefined || fields.overflowTarget !== undefined
    ? { overflowAction: fields.overflowAction ?? current.overflowAction, overflowTarget: fields.overflowTarget !== undefined ? fields.overflowTarget : current.overflowTarget }
    : {};
  await checkQueueReferences(db, { ...fields, ...overflow, ...(members ? { members } : {}) }, id);
  try {
    await db.$transaction(async (tx) => {
      await tx.queue.updateMany({ where: { id }, data: toQueueData({ ...fields, ...overflow }) as never });
      if (members) {
        await tx.queueMember.deleteMany({ where: { queueId: id } });
        await tx.queueMember.createMany({ data: members.map((member, position) => ({ tenantId: SCOPED_TENANT, queueId: id, extensionId: member.extensionId, penalty: member.penalty, position })) });
      }
      if (fields.holdMusic) {
        await tx.queueHoldTrack.deleteMany({ where: { queueId: id } });
        await tx.queueHoldTrack.createMany({ data: fields.holdMusic.map((promptId, position) => ({ tenantId: SCOPED_TENANT, queueId: id, promptId, position })) });
      }
      await tx.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: actorId ?? null, action: "queue.update", entityType: "Queue", entityId: id } });
    });
  } catch (error) {
    convertDuplicate(error, input.name);
  }
  return getQueue(db, id);
}

/** Deletes a queue unless a live flow sends callers to it or another queue overflows into it. */
export async function deleteQueue(prisma: Db, tenantId: string, id: string, actorId?: string) {
  const db = forTenant(prisma, tenantId);
  const queue = await db.queue.findFirst({ where: { id }, select: { id: true, name: true } });
  if (!queue) throw new DomainError("NOT_FOUND", "Queue not found");
  const flows = await findFlowsUsing(db, { queueId: id, queueName: queue.name });
  const queues = await db.queue.findMany({ where: { overflowAction: "queue", overflowTarget: id }, select: { id: true, name: true } });
  if (flows.live.length || queues.length) throw new DomainError("IN_USE", `The queue “${queue.name}” is still used`, { flows: flows.live, queues });
  await db.queue.deleteMany({ where: { id } });
  await db.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: actorId ?? null, action: "queue.delete", entityType: "Queue", entityId: id, data: { name: queue.name } } });
  return { name: queue.name, draftsUsingIt: flows.drafts };
}
