import { acdEventSchema, type AcdEvent } from "./acdEvent";

export type ParseAcdEventResult = { ok: true; event: AcdEvent } | { ok: false; error: string };

/**
 * Checks a value from outside (a queue message, a database row) is a well-formed event, filling
 * in queue settings' defaults. The error names the field: `settings.ringSeconds: Too small…`.
 */
export function parseAcdEvent(value: unknown): ParseAcdEventResult {
  const result = acdEventSchema.safeParse(value);
  if (result.success) return { ok: true, event: result.data };
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return { ok: false, error: `${path}${issue?.message ?? "not a dispatcher event"}` };
}
