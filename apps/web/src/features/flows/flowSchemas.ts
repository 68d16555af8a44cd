import { z } from "zod";

// Error texts are message keys, translated for forms and API answers alike.
export const FLOW_NAME_MAX_LENGTH = 120;
export const flowNameSchema = z.string().trim().min(1, { error: "errors.required" }).max(FLOW_NAME_MAX_LENGTH);

/** Body of POST /api/flows and of the "New flow" form. */
export const createFlowBodySchema = z.strictObject({ name: flowNameSchema });
export type CreateFlowBody = z.infer<typeof createFlowBodySchema>;

/** Body of PATCH /api/flows/[id]: for now only the name (the editor will add the draft). */
export const patchFlowBodySchema = z.strictObject({ name: flowNameSchema });
export type PatchFlowBody = z.infer<typeof patchFlowBodySchema>;
