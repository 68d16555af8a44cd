import type { CancelReason } from "../state/acdState";

/** What the runtime must carry out, in the order given. */
export type AcdCommand =
  /**
   * Place the agent leg (jambonz REST createCall, `timeout: ringSeconds`), tagged with
   * `offerId` and `agentId` so every status of the leg can be reported back.
   */
  | { type: "ringAgent"; offerId: string; queueId: string; callerId: string; agentId: string; ringSeconds: number }
  /**
   * Cancel the ringing leg (update `call_status: no-answer`). A 422 means it was answered:
   * report `offerAnswered` and the dispatcher decides. Report how the leg ended either way.
   */
  | { type: "cancelOffer"; offerId: string; agentId: string; reason: CancelReason }
  /** The agent answered: dequeue this caller to the agent's leg. */
  | { type: "bridge"; offerId: string; queueId: string; callerId: string; agentId: string }
  /**
   * The agent answered a leg the caller cannot take any more: tell the agent why (a short
   * message) and hang the leg up; report `agentCallEnded` when it is down.
   */
  | { type: "releaseAgent"; offerId: string; agentId: string; reason: ReleaseReason }
  /** Take the caller out of the queue by the time-out exit (jambonz `leave`). */
  | { type: "removeCaller"; callerId: string; queueId: string; reason: RemoveReason }
  /** The caller may not join: send them on by the queue's overflow exit at once. */
  | { type: "refuseCaller"; callerId: string; queueId: string; reason: RefuseReason }
  /** The dispatcher set the agent away (too many unanswered offers): save it and tell the desk. */
  | { type: "agentAway"; agentId: string; reason: "missedCalls" };

export type ReleaseReason = "callerGone" | "answeredElsewhere" | "offerWithdrawn";
export type RemoveReason = "maxWait" | "noAgents" | "queueRemoved";
export type RefuseReason = "unknownQueue" | "noAgents" | "queueFull";
export type AcdCommandType = AcdCommand["type"];
