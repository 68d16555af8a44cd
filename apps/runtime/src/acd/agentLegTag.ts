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

/** What the dispatcher tells a caller's call (on whichever instance carries it). */
export const callerNoticeSchema = z.discriminatedUnion("type", [
  /** A line for the caller's path: an agent rung, how it ended, who answered. */
  z.object({ type: z.literal("trace"), name: z.string(), data: z.record(z.string(), z.unknown()), at: z.number() }),
  /** Leave the queue by its time-out exit (the queue was removed, nobody staffs it, or the caller may not join). */
  z.object({ type: z.literal("leave"), reason: z.string() }),
]);
export type CallerNotice = z.infer<typeof callerNoticeSchema>;

export const LEG_CHANNEL = "centrala_acd_leg";
export const CALLER_CHANNEL = "centrala_acd_caller";
