import { z } from "zod";
import { queueMemberSchema, queueSettingsSchema } from "../queue/queueSettings";

const id = z.string().min(1).max(200);
/** Every event says when it happened (epoch ms): the dispatcher never reads a clock. */
const at = z.number().int().min(0);

export const callerLeftReasons = ["answered", "abandoned", "timedOut", "leftByKey", "transferred"] as const;
export type CallerLeftReason = (typeof callerLeftReasons)[number];

export const offerFailureReasons = ["busy", "noAnswer", "failed"] as const;
export type OfferFailureReason = (typeof offerFailureReasons)[number];

/** Everything that can happen to a queue, an agent, a caller or an offer. */
export const acdEventSchema = z.discriminatedUnion("type", [
  /** A queue was created or its settings or members changed (full member list). */
  z.object({ type: z.literal("queueConfigured"), at, queueId: id, settings: queueSettingsSchema, members: z.array(queueMemberSchema).max(1000) }),
  /** The queue was deleted: its waiting callers are sent to the time-out exit. */
  z.object({ type: z.literal("queueRemoved"), at, queueId: id }),
  /** The agent signed in on the desk: available, or away with a reason. */
  z.object({ type: z.literal("agentLoggedIn"), at, agentId: id, awayReason: z.string().min(1).max(100).optional() }),
  z.object({ type: z.literal("agentLoggedOut"), at, agentId: id }),
  z.object({ type: z.literal("agentAvailable"), at, agentId: id }),
  z.object({ type: z.literal("agentAway"), at, agentId: id, reason: z.string().min(1).max(100) }),
  /** The agent's phone took a call the dispatcher did not place (a direct call). */
  z.object({ type: z.literal("agentCallStarted"), at, agentId: id }),
  /** The agent's call ended: a bridged queue call, a released leg or a direct call. */
  z.object({ type: z.literal("agentCallEnded"), at, agentId: id }),
  /** The agent is ready before the wrap-up time is over. */
  z.object({ type: z.literal("wrapUpEnded"), at, agentId: id }),
  z.object({
    type: z.literal("callerJoined"), at, callerId: id, queueId: id,
    /** Higher is served first (0-100); FIFO within a priority. */
    priority: z.number().int().min(0).max(100).optional(),
    /** Overrides the queue's `maxWaitSeconds`. */
    maxWaitSeconds: z.number().int().min(1).max(86_400).optional(),
  }),
  /** The caller left the queue: `answered` once the runtime has dequeued them to their agent. */
  z.object({ type: z.literal("callerLeft"), at, callerId: id, reason: z.enum(callerLeftReasons) }),
  /** The agent leg of an offer was answered (possibly after it was cancelled: the race is handled). */
  z.object({ type: z.literal("offerAnswered"), at, offerId: id, agentId: id }),
  /** The agent leg ended unanswered (jambonz `busy`, `no-answer` incl. our own cancel, `failed`). */
  z.object({ type: z.literal("offerFailed"), at, offerId: id, agentId: id, reason: z.enum(offerFailureReasons) }),
  /** Time passes: send one at `nextTickAt`. Any event also ticks. */
  z.object({ type: z.literal("tick"), at }),
  /** Zero the day's figures (answered, missed, service level); send one at midnight. */
  z.object({ type: z.literal("countersReset"), at }),
]);

export type AcdEvent = z.infer<typeof acdEventSchema>;
export type AcdEventType = AcdEvent["type"];
export type AcdEventOf<T extends AcdEventType> = Extract<AcdEvent, { type: T }>;
/** What a caller of `dispatch` may pass: settings and members may leave defaults out. */
export type AcdEventInput = z.input<typeof acdEventSchema>;
