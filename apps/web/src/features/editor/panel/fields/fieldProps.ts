import type { FieldMeta } from "@centrala/flow";
import type { z } from "zod";

/** What every field editor in the property panel gets. */
export type FieldProps = {
  /** The data key, e.g. `timeoutSeconds`. */
  name: string;
  /** The field's schema with optional/default unwrapped. */
  inner: z.ZodType;
  meta: FieldMeta | undefined;
  optional: boolean;
  value: unknown;
  /** Id for the input, so the label and help text point at it. */
  inputId: string;
  disabled: boolean;
  /** `undefined` removes an optional field. */
  onChange: (value: unknown) => void;
};

/** Reads a zod schema's type name (zod 4 keeps it on `def.type`). */
export function readSchemaType(schema: z.ZodType): string {
  return (schema as unknown as { def: { type: string } }).def.type;
}

/** Removes `.optional()` / `.default()` wrappers to reach the schema that says what the value is. */
export function unwrapSchema(schema: z.ZodType): { inner: z.ZodType; optional: boolean; fallback: unknown } {
  let current = schema as unknown as { def: { type: string; innerType?: z.ZodType; defaultValue?: unknown } };
  let optional = false;
  let fallback: unknown;
  while ((current.def.type === "optional" || current.def.type === "default") && current.def.innerType) {
    if (current.def.type === "optional") optional = true;
    if (current.def.type === "default") fallback = current.def.defaultValue;
    current = current.def.innerType as unknown as typeof current;
  }
  return { inner: current as unknown as z.ZodType, optional, fallback };
}
