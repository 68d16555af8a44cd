import { z } from "zod";

/** POST /api/numbers: claim a pool number. */
export const claimNumberBodySchema = z.strictObject({ e164: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, "Write the number in international form, e.g. +48221234567") });

/** PATCH /api/numbers/[id]: route it to a flow (or nowhere) and/or label it. */
export const patchNumberBodySchema = z.strictObject({
  flowId: z.string().min(1).max(64).nullable().optional(),
  label: z.string().trim().max(60).optional(),
}).refine((body) => body.flowId !== undefined || body.label !== undefined, "Send a flowId or a label");
