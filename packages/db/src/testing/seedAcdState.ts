import { createAcdState, createQueueSettings, dispatch, type AcdEvent, type AcdState, type ChangedIds, type QueueSettings } from "@centrala/acd";
import type { Db } from "../createPrismaClient";
import { collectAcdRowChanges, saveAcdRows, type SqlRunner } from "../callCentre/acdRecords";

type Step =
  | { type: "queue"; queueId: string; agents: string[]; settings?: Partial<QueueSettings> }
  | { type: "login"; agentId: string }
  | { type: "join"; callerId: string; queueId: string }
  /** The agent answers the offer ringing on their phone and the caller is bridged to them. */
  | { type: "connect"; agentId: string }
  | { type: "end"; agentId: string }
  | { type: "abandon"; callerId: string }
  | { type: "advance"; seconds: number };

/**
 * Runs a scripted day through the real dispatcher (@centrala/acd) and stores the result as the
 * tenant's AcdRecord rows, as the runtime's leader would: for tests of what the desk and the
 * wallboard read. Returns the state.
 */
export async function seedAcdState(prisma: Db, tenantId: string, steps: Step[], start = Date.now() - 60 * 60_000): Promise<AcdState> {
  let at = start;
  let state = createAcdState({ at });
  const send = (event: Record<string, unknown>) => {
    state = dispatch(state, { ...event, at } as AcdEvent).state;
  };
  for (const step of steps) {
    if (step.type === "queue") send({ type: "queueConfigured", queueId: step.queueId, settings: createQueueSettings(step.settings), members: step.agents.map((agentId, position) => ({ agentId, penalty: 0, position })) });
    else if (step.type === "login") send({ type: "agentLoggedIn", agentId: step.agentId });
    else if (step.type === "join") send({ type: "callerJoined", callerId: step.callerId, queueId: step.queueId });
    else if (step.type === "abandon") send({ type: "callerLeft", callerId: step.callerId, reason: "abandoned" });
    else if (step.type === "end") send({ type: "agentCallEnded", agentId: step.agentId });
    else if (step.type === "advance") {
      at += step.seconds * 1000;
      send({ type: "tick" });
    } else {
      const activity = state.agents[step.agentId]?.activity;
      if (activity?.kind !== "ringing") throw new Error(`agent ${step.agentId} is not ringing`);
      const callerId = state.offers[activity.offerId]?.callerId;
      send({ type: "offerAnswered", offerId: activity.offerId, agentId: step.agentId });
      send({ type: "callerLeft", callerId, reason: "answered" });
    }
  }
  const all: ChangedIds = { queues: Object.keys(state.queues), agents: Object.keys(state.agents), callers: Object.keys(state.callers), offers: Object.keys(state.offers) };
  const sql: SqlRunner = { query: async <R>(text: string, values: unknown[] = []) => ({ rows: (await prisma.$queryRawUnsafe(text, ...values)) as R[] }) };
  await prisma.$executeRaw`DELETE FROM "AcdRecord" WHERE "tenantId" = ${tenantId}`;
  await saveAcdRows(sql, tenantId, collectAcdRowChanges(state, all, null));
  return state;
}
