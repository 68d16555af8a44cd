import { createAcdState, snapshotAcd, type AgentSnapshot, type QueueSnapshot } from "@centrala/acd";
import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { forTenant } from "../forTenant";
import type { AgentPresenceStatus } from "../generated/prisma/enums";
import { loadAcdRecords, type SqlRunner } from "./acdRecords";

/** Prisma's raw query as the SqlRunner the dispatcher's store reads through. */
function asSqlRunner(prisma: Db): SqlRunner {
  return {
    async query<R>(text: string, values: unknown[] = []) {
      return { rows: (await prisma.$queryRawUnsafe(text, ...values)) as R[] };
    },
  };
}

export type CallCentreQueue = QueueSnapshot & { name: string };
export type CallCentreAgent = AgentSnapshot & {
  extensionId: string; extension: string; name: string;
  presence: AgentPresenceStatus;
  /** The caller ringing or talking to the agent: their number (null when hidden or not known yet). */
  callerNumber: string | null;
};

/**
 * What the wallboard and the desk show, live: every queue of the tenant (callers waiting in
 * order, longest wait, agents by state, today's figures, service level) and every agent (state,
 * since when, the caller ringing or on the line, today's figures), as the dispatcher holds it
 * (AcdRecord) at `at`. Changes are announced on NOTIFY `centrala_acd_changed` (payload: tenant id).
 */
export async function readCallCentreSnapshot(prisma: Db, tenantId: string, at = Date.now()) {
  const db = forTenant(prisma, tenantId);
  const stored = await loadAcdRecords(asSqlRunner(prisma), tenantId);
  const snapshot = snapshotAcd(stored?.state ?? createAcdState({ at }), at);
  const [queues, extensions, presence] = await Promise.all([
    db.queue.findMany({ select: { id: true, name: true, members: { select: { extensionId: true, penalty: true, position: true } } } }),
    db.extension.findMany({ select: { id: true, number: true, name: true } }),
    db.agentPresence.findMany({ select: { extensionId: true, status: true } }),
  ]);
  const callerSids = [...snapshot.agents.map((a) => a.callerId), ...snapshot.queues.flatMap((q) => q.callers.map((c) => c.callerId))].filter((sid): sid is string => sid !== null);
  const calls = callerSids.length ? await db.call.findMany({ where: { callSid: { in: callerSids } }, select: { callSid: true, fromNumber: true } }) : [];
  const numberOf = new Map(calls.map((c) => [c.callSid, c.fromNumber]));
  const queueName = new Map(queues.map((q) => [q.id, q.name]));
  const presenceOf = new Map(presence.map((p) => [p.extensionId, p.status]));
  const snapshotOf = new Map(snapshot.queues.map((q) => [q.queueId, q]));
  const emptyQueue = (id: string, members: number): QueueSnapshot => ({
    queueId: id, strategy: "sequential", callers: [], waiting: 0, connecting: 0, longestWaitMs: 0,
    agents: { offline: members, available: 0, ringing: 0, onCall: 0, wrapUp: 0, away: 0 },
    counters: { joined: 0, answered: 0, abandoned: 0, timedOut: 0, leftByKey: 0, transferred: 0, refused: 0, answeredWithinServiceLevel: 0, abandonedWithinServiceLevel: 0, answerWaitMs: 0 },
    serviceLevelPercent: null, serviceLevel2Percent: null, averageAnswerSeconds: null, abandonRatePercent: null,
  });
  const agentOf = new Map(snapshot.agents.map((a) => [a.agentId, a]));
  return {
    at,
    queues: queues.map((q): CallCentreQueue => ({ ...(snapshotOf.get(q.id) ?? emptyQueue(q.id, q.members.length)), name: q.name }))
      .map((q) => ({ ...q, callers: q.callers.map((c) => ({ ...c, callerNumber: numberOf.get(c.callerId) ?? null })) })),
    agents: extensions.filter((e) => agentOf.has(e.id) || presenceOf.has(e.id) || queues.some((q) => q.members.some((m) => m.extensionId === e.id)))
      .map((e): CallCentreAgent => {
        const agent = agentOf.get(e.id);
        const base: AgentSnapshot = agent ?? {
          agentId: e.id, status: "offline", awayReason: null, since: at, queues: [], callerId: null, queueId: null, wrapUpUntil: null,
          offered: 0, answered: 0, missed: 0, rejected: 0, failed: 0, consecutiveMisses: 0, lastCallEndedAt: null,
        };
        return {
          ...base, extensionId: e.id, extension: e.number, name: e.name, presence: presenceOf.get(e.id) ?? "offline",
          queues: queues.flatMap((q) => q.members.filter((m) => m.extensionId === e.id).map((m) => ({ queueId: q.id, penalty: m.penalty, position: m.position }))),
          callerNumber: base.callerId ? numberOf.get(base.callerId) ?? null : null,
        };
      }),
    queueName: Object.fromEntries(queueName),
  };
}

/**
 * One agent's desk: their state, the call offered or on the line (caller number, queue, the path
 * the caller took through the flow and the keys pressed — as stored, sensitive digits masked),
 * and today's figures. NOT_FOUND for another tenant's extension.
 */
export async function readAgentDesk(prisma: Db, tenantId: string, extensionId: string, at = Date.now()) {
  const snapshot = await readCallCentreSnapshot(prisma, tenantId, at);
  const agent = snapshot.agents.find((a) => a.extensionId === extensionId);
  if (!agent) {
    const exists = await forTenant(prisma, tenantId).extension.count({ where: { id: extensionId } });
    if (!exists) throw new DomainError("NOT_FOUND", "No such extension", { field: "extensionId" });
  }
  const callSid = agent?.callerId ?? null;
  const call = callSid
    ? await forTenant(prisma, tenantId).call.findFirst({
        where: { callSid },
        select: { callSid: true, fromNumber: true, toNumber: true, startedAt: true, events: { select: { type: true, nodeId: true, data: true, at: true }, orderBy: { seq: "asc" } } },
      })
    : null;
  const leg = callSid ? await forTenant(prisma, tenantId).acdLeg.findFirst({ where: { callerSid: callSid, agentId: extensionId }, orderBy: { createdAt: "desc" }, select: { callSid: true, status: true } }) : null;
  return {
    agent: agent ?? null,
    call: call && {
      callerSid: call.callSid, from: call.fromNumber, to: call.toNumber, startedAt: call.startedAt,
      queueId: agent?.queueId ?? null, queueName: agent?.queueId ? snapshot.queueName[agent.queueId] ?? null : null,
      /** The agent's own leg (the call sid desk actions act on), once placed. */
      agentLegSid: leg?.callSid ?? null,
      path: call.events.filter((e) => e.type === "nodeEntered").map((e) => e.nodeId),
      keys: call.events.filter((e) => e.type === "keyPressed").map((e) => ({ nodeId: e.nodeId, digits: (e.data as { digits?: string }).digits ?? "" })),
    },
  };
}
