import type { z } from "zod";
import type { Localized } from "./localized";

/** Editor metadata attached to one data field: what the node panel shows next to the input. */
export type FieldMeta = { label: Localized; help: Localized };

/**
 * Attaches editor metadata to a schema. Call it on the outermost schema of a field (after
 * `.optional()`/`.default()`), because zod's `.meta()` registers the exact instance it returns.
 */
export function field<T extends z.ZodType>(schema: T, label: Localized, help: Localized): T {
  return schema.meta({ label, help });
}

/** Reads the editor metadata of a field schema, if it has any. */
export function readFieldMeta(schema: z.ZodType): FieldMeta | undefined {
  const meta = schema.meta() as Record<string, unknown> | undefined;
  if (!meta || !isLocalized(meta.label) || !isLocalized(meta.help)) return undefined;
  return { label: meta.label, help: meta.help };
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== "object" || value === null) return false;
  const text = value as Record<string, unknown>;
  return typeof text.en === "string" && typeof text.pl === "string";
}
