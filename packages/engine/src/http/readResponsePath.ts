/** Reads `a.b.0.c` from a parsed JSON answer as text; missing values read as empty. */
export function readResponsePath(body: unknown, path: string): string {
  let value: unknown = body;
  for (const segment of path.split(".")) {
    if (value === null || typeof value !== "object") return "";
    value = Array.isArray(value) ? value[Number(segment)] : (value as Record<string, unknown>)[segment];
  }
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
