import { z } from "zod";

/**
 * The `tag` an agent leg is created with (jambonz hands it back as `customerData` in every message
 * about the leg): which offer and agent it is, for whom, and in what language to speak to the agent.
 */
export const agentLegTagSchema = z.object({
  centrala: z.literal("agentLeg"),
  tenantId: z.string().min(1).max(100),
  offerId: z.string().min(1).max(300),
  agentId: z.string().min(1).max(100),
  callerSid: z.string().min(1).max(100),
  queueId: z.string().min(1).max(100),
  language: z.string().min(2).max(20),
});
export type AgentLegTag = z.infer<typeof agentLegTagSchema>;

/** The AcdLeg row of an agent leg. */
export function formatLegId(offerId: string, agentId: string): string {
  return `${offerId}:${agentId}`;
}

/** What the agent leg's app does once answered, as the dispatcher decided. */
export const legDecisionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bridge"), queueId: z.string(), callerSid: z.string() }),
  z.object({ type: z.literal("release"), reason: z.enum(["callerGone", "answeredElsewhere", "offerWithdrawn"]) }),
]);
export type LegDecision = z.infer<typeof legDecisionSchema>;

/**
 * The `tag` of a leg the runtime places into a caller's conference (a consulted colleague, an
 * added party, a supervisor): whose conversation, which room, in what role.
 */
export const conferenceLegTagSchema = z.object({
  centrala: z.literal("conferenceLeg"),
  tenantId: z.string().min(1).max(100),
  callerSid: z.string().min(1).max(100),
  room: z.string().min(1).max(200),
  role: z.enum(["consult", "party", "supervisor"]),
  mode: z.enum(["listen", "whisper", "barge"]).optional(),
  language: z.string().min(2).max(20),
});
export type ConferenceLegTag = z.infer<typeof conferenceLegTagSchema>;

/** What the dispatcher (or a leg of the caller's conference) tells a caller's call, on whichever instance carries it. */
export const callerNoticeSchema = z.discriminatedUnion("type", [
  /** A line for the caller's path: an agent rung, how it ended, who answered. */
  z.object({ type: z.literal("trace"), name: z.string(), data: z.record(z.string(), z.unknown()), at: z.number() }),
  /** Leave the queue by its time-out exit (the queue was removed, nobody staffs it, or the caller may not join). */
  z.object({ type: z.literal("leave"), reason: z.string() }),
  /** A leg of the caller's conference (agent, consulted colleague, party, supervisor): answered, joined, left, or never answered. */
  z.object({ type: z.literal("party"), legSid: z.string(), role: z.string(), status: z.enum(["answered", "left", "failed"]) }),
]);
export type CallerNotice = z.infer<typeof callerNoticeSchema>;

export const LEG_CHANNEL = "centrala_acd_leg";
/** Verbs for a leg's socket, on whichever instance carries it: `{callSid, verbs}`. */
export const LEG_COMMAND_CHANNEL = "centrala_call_leg";
export const CALLER_CHANNEL = "centrala_acd_caller";
