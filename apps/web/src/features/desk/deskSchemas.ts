import { callTargetSchema } from "@centrala/db";
import { z } from "zod";

/** POST /api/desk/presence: available, away (with a reason) or offline. */
export const deskPresenceBodySchema = z.strictObject({
  status: z.enum(["available", "away", "offline"]),
  awayReason: z.string().trim().max(100).optional(),
});

/** POST /api/desk/actions: what the agent does to their own live call (supervising is the wallboard's). */
export const deskActionBodySchema = z.strictObject({
  action: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("transfer"), mode: z.enum(["blind", "consult"]), target: callTargetSchema }),
    z.strictObject({ kind: z.literal("completeTransfer") }),
    z.strictObject({ kind: z.literal("cancelTransfer") }),
    z.strictObject({ kind: z.literal("addParty"), target: callTargetSchema }),
    z.strictObject({ kind: z.literal("record"), action: z.enum(["start", "stop"]) }),
  ]),
});
