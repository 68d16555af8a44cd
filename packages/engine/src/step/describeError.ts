/** Turns anything thrown into a short message for the trace. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
