import { z } from "zod";

/** PUT /api/flows/[id]/draft: the whole draft plus the revision it was based on. */
export const saveDraftBodySchema = z.strictObject({ draft: z.unknown(), revision: z.number().int().min(0) });

/** POST /api/flows/[id]/publish: publish the saved draft, or (roll back) an older version's source. */
export const publishBodySchema = z.strictObject({
  note: z.string().trim().max(500).default(""),
  revision: z.number().int().min(0).optional(),
  fromVersion: z.number().int().min(1).optional(),
});

/** PUT /api/flows/[id]/numbers: route a number to this flow, or take it away. */
export const routeNumberBodySchema = z.strictObject({ numberId: z.string().min(1).max(64), routed: z.boolean() });
