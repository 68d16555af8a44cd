import { z } from "zod";

/**
 * How a queue picks the agent for its next caller. The first three are the ring group's words
 * (stored data: they never change); Asterisk calls them ringall, linear, rrmemory, leastrecent
 * and fewestcalls.
 */
export const queueStrategies = ["simultaneous", "sequential", "roundRobin", "longestIdle", "fewestCalls"] as const;
export type QueueStrategy = (typeof queueStrategies)[number];

/** From this many seconds of waiting on, a caller may be offered to members up to `maxPenalty`. */
export const penaltyLimitSchema = z.object({
  afterSeconds: z.number().int().min(0).max(86_400),
  maxPenalty: z.number().int().min(0).max(100),
});
export type PenaltyLimit = z.infer<typeof penaltyLimitSchema>;

const penaltyLimitsSchema = z.array(penaltyLimitSchema).max(10).superRefine((limits, ctx) => {
  if (limits.length > 0 && limits[0]?.afterSeconds !== 0) {
    ctx.addIssue({ code: "custom", message: "the first penalty limit must start at 0 seconds" });
  }
  for (let index = 1; index < limits.length; index += 1) {
    const previous = limits[index - 1] as PenaltyLimit;
    const current = limits[index] as PenaltyLimit;
    if (current.afterSeconds <= previous.afterSeconds) {
      ctx.addIssue({ code: "custom", path: [index, "afterSeconds"], message: "penalty limits must come later and later" });
    }
    if (current.maxPenalty < previous.maxPenalty) {
      ctx.addIssue({ code: "custom", path: [index, "maxPenalty"], message: "a later penalty limit cannot narrow the earlier one" });
    }
  }
});

/** A queue's dispatch settings; every field has a default, so `{}` parses to a working queue. */
export const queueSettingsSchema = z.object({
  strategy: z.enum(queueStrategies).default("sequential"),
  /** How long one agent (or, simultaneously, all of them) rings before the next attempt. */
  ringSeconds: z.number().int().min(5).max(300).default(20),
  /** Automatic wrap-up after each answered call of this queue; the agent gets no call meanwhile, from any queue. */
  wrapUpSeconds: z.number().int().min(0).max(3600).default(10),
  /** An agent who answered busy or failed is not rung again, by any queue, for this long. */
  retrySeconds: z.number().int().min(0).max(300).default(5),
  /** The longest a caller waits before taking the queue's time-out exit; null = no limit. */
  maxWaitSeconds: z.number().int().min(10).max(86_400).nullable().default(null),
  /** Queues with a higher weight are served first by agents they share. */
  weight: z.number().int().min(0).max(100).default(0),
  /** Callers beyond this many waiting are refused; null = no limit. */
  maxLength: z.number().int().min(1).max(10_000).nullable().default(null),
  /** Accept callers while no member is logged in and available (false: refuse them). */
  joinWhenEmpty: z.boolean().default(true),
  /** Send waiting callers to the time-out exit once no member is logged in and available. */
  leaveWhenEmpty: z.boolean().default(false),
  /** Set an agent away ("missedCalls") after this many unanswered offers in a row; null = never. */
  autoAwayAfterMisses: z.number().int().min(1).max(100).nullable().default(null),
  /** Answered within this many seconds counts towards the service level. */
  serviceLevelSeconds: z.number().int().min(1).max(3600).default(20),
  /** Empty: every member may be offered any caller (lower penalties first). */
  penaltyLimits: penaltyLimitsSchema.default([]),
});
export type QueueSettings = z.infer<typeof queueSettingsSchema>;

/** One agent's membership of a queue. */
export const queueMemberSchema = z.object({
  agentId: z.string().min(1).max(100),
  /** 0 = tried first; higher penalties are tried only after every lower one is busy or tried. */
  penalty: z.number().int().min(0).max(100).default(0),
  /** Order for the sequential strategy and the round-robin rotation (ties: agent id). */
  position: z.number().int().min(0).max(100_000).default(0),
});
export type QueueMember = z.infer<typeof queueMemberSchema>;

/** Settings with every default filled in, for tests and for queues created without any. */
export function createQueueSettings(overrides: Partial<QueueSettings> = {}): QueueSettings {
  return queueSettingsSchema.parse(overrides);
}
