import { z } from "zod";
import { promptSchema } from "@centrala/flow";
import { isValidPhoneNumber } from "../numbers/formatPhoneNumber";

const fields = {
  name: z.string().trim().min(1, "queues.errors.name").max(80),
  strategy: z.enum(["ringAll", "inOrder", "roundRobin", "longestIdle", "fewestCalls"], { error: "queues.errors.strategy" }),
  ringSeconds: z.number().int().min(5, "queues.errors.ringSeconds").max(120, "queues.errors.ringSeconds"),
  wrapUpSeconds: z.number().int().min(0, "queues.errors.wrapUpSeconds").max(600, "queues.errors.wrapUpSeconds"),
  maxWaitSeconds: z.number().int().min(30, "queues.errors.maxWaitSeconds").max(7200, "queues.errors.maxWaitSeconds"),
  overflowAction: z.enum(["voicemail", "queue", "extension", "external", "hangup"], { error: "queues.errors.overflowAction" }),
  overflowTarget: z.string().trim().max(64).nullable(),
  overflowMessage: promptSchema.nullable(),
  /** Music on hold: prompts played in order; empty plays the project's own melody. */
  holdMusic: z.array(z.string().min(1).max(64)).max(20, "queues.errors.holdMusic"),
  announceEverySeconds: z.number().int().min(15, "queues.errors.announceEverySeconds").max(600, "queues.errors.announceEverySeconds"),
  announcePosition: z.boolean(),
  announceWaitTime: z.boolean(),
  recordingPolicy: z.enum(["always", "never", "onDemand"], { error: "queues.errors.recordingPolicy" }),
  members: z.array(z.strictObject({ extensionId: z.string().min(1).max(64), penalty: z.number().int().min(0, "queues.errors.priority").max(99, "queues.errors.priority").default(0) })).max(200),
};

const defaults = {
  strategy: "inOrder", ringSeconds: 20, wrapUpSeconds: 10, maxWaitSeconds: 300, overflowAction: "hangup", overflowTarget: null, overflowMessage: null,
  holdMusic: [], announceEverySeconds: 60, announcePosition: true, announceWaitTime: false, recordingPolicy: "never", members: [],
} as const;

function checkExternalTarget(body: { overflowAction?: string | undefined; overflowTarget?: string | null | undefined }, ctx: z.RefinementCtx) {
  if (body.overflowAction === "external" && !(body.overflowTarget && isValidPhoneNumber(body.overflowTarget))) {
    ctx.addIssue({ code: "custom", path: ["overflowTarget"], message: "extensions.errors.phone" });
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
