import { z } from "zod";

export const varNamePattern = /^[a-z][a-z0-9_]{0,31}$/;

export const varNameSchema = z.string().regex(varNamePattern);
/** A call variable name: lower-case letter first, then letters, digits or `_`, at most 32. */
export type VarName = z.infer<typeof varNameSchema>;

/** Variables the engine sets on every call; flows may read them but never assign them. */
export const builtInVariables = ["caller", "called", "call_id", "hour", "minute", "weekday", "http_status"] as const;
export type BuiltInVariable = (typeof builtInVariables)[number];

/** Tells whether a name is one of the read-only built-in variables. */
export function isBuiltInVariable(name: string): name is BuiltInVariable {
  return (builtInVariables as readonly string[]).includes(name);
}
