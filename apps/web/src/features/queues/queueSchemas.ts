import { z } from "zod";
import { promptSchema } from "@centrala/flow";
import { isValidPhoneNumber } from "../numbers/formatPhoneNumber";

const fields = {
  name: z.string().trim().min(1, "Enter a name").max(80),
  strategy: z.enum(["ringAll", "inOrder", "roundRobin", "longestIdle", "fewestCalls"], { error: "Choose how agents are rung" }),
  ringSeconds: z.number().int().min(5, "Ring each agent at least 5 seconds").max(120, "Ring each agent at most 120 seconds"),
  wrapUpSeconds: z.number().int().min(0).max(600, "Wrap-up is at most 600 seconds"),
  maxWaitSeconds: z.number().int().min(30, "The longest wait is at least 30 seconds").max(7200, "The longest wait is at most 2 hours"),
  overflowAction: z.enum(["voicemail", "queue", "extension", "external", "hangup"], { error: "Choose what happens after the longest wait" }),
  overflowTarget: z.string().trim().max(64).nullable(),
  overflowMessage: promptSchema.nullable(),
  /** Music on hold: prompts played in order; empty plays the project's own melody. */
  holdMusic: z.array(z.string().min(1).max(64)).max(20, "A hold playlist holds at most 20 prompts"),
  announceEverySeconds: z.number().int().min(15, "Announce at most every 15 seconds").max(600),
  announcePosition: z.boolean(),
  announceWaitTime: z.boolean(),
  recordingPolicy: z.enum(["always", "never", "onDemand"], { error: "Choose a recording policy" }),
  members: z.array(z.strictObject({ extensionId: z.string().min(1).max(64), penalty: z.number().int().min(0).max(99).default(0) })).max(200),
};

const defaults = {
  strategy: "inOrder", ringSeconds: 20, wrapUpSeconds: 10, maxWaitSeconds: 300, overflowAction: "hangup", overflowTarget: null, overflowMessage: null,
  holdMusic: [], announceEverySeconds: 60, announcePosition: true, announceWaitTime: false, recordingPolicy: "never", members: [],
} as const;

function checkExternalTarget(body: { overflowAction?: string | undefined; overflowTarget?: string | null | undefined }, ctx: z.RefinementCtx) {
  if (body.overflowAction === "external" && !(body.overflowTarget && isValidPhoneNumber(body.overflowTarget))) {
    ctx.addIssue({ code: "custom", path: ["overflowTarget"], message: "Write a whole international number, e.g. +48601234567" });
  }
}

/** POST /api/queues: a name and members are enough; everything else has sensible defaults. */
export const createQueueBodySchema = z.strictObject({
  ...Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, key === "name" ? schema : (schema as z.ZodType).default(defaults[key as keyof typeof defaults] as never)])) as { [K in keyof typeof fields]: K extends "name" ? typeof fields[K] : z.ZodDefault<typeof fields[K]> },
}).superRefine(checkExternalTarget);

/** PATCH /api/queues/[id]: any subset of the settings (members replace the list, in order). */
export const patchQueueBodySchema = z.strictObject(
  Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, (schema as z.ZodType).optional()])) as { [K in keyof typeof fields]: z.ZodOptional<typeof fields[K]> },
).superRefine(checkExternalTarget);
