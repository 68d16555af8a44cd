import type { z } from "zod";
import { readFieldMeta } from "../schema/field";
import type { Localized } from "../schema/localized";

// Reads zod's definition objects (`_zod.def`), which zod 4 documents for schema walkers.
type SchemaDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
};

function readDef(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Unwraps optional/default/pipe wrappers, keeping the innermost label seen on the way. */
function unwrapSchema(schema: z.ZodType, label: Localized | undefined): { schema: z.ZodType; label: Localized | undefined } {
  let current = schema;
  let found = readFieldMeta(current)?.label ?? label;
  for (let depth = 0; depth < 10; depth += 1) {
    const def = readDef(current);
    const inner = def.type === "pipe" ? def.in : def.innerType;
    if (!inner) break;
    current = inner;
    found = readFieldMeta(current)?.label ?? found;
  }
  return { schema: current, label: found };
}

function stepInto(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const def = readDef(schema);
  if (def.type === "object") return def.shape?.[String(key)];
  if (def.type === "array") return def.element;
  if (def.type === "record") return def.valueType;
  if (def.type === "union") {
    for (const option of def.options ?? []) {
      const field = stepInto(unwrapSchema(option, undefined).schema, key);
      if (field) return field;
    }
  }
  return undefined;
}

/** Finds the editor label of the field a validation issue points at (the deepest labeled one). */
export function findFieldLabel(schema: z.ZodType, path: readonly PropertyKey[]): Localized | undefined {
  let { schema: current, label } = unwrapSchema(schema, undefined);
  for (const key of path) {
    const next = stepInto(current, key);
    if (!next) break;
    ({ schema: current, label } = unwrapSchema(next, label));
  }
  return label;
}
