import { DbNull, type InputJsonValue } from "./generated/prisma/internal/prismaNamespace";

/** A value for a nullable JSON column: null clears it (SQL NULL), undefined leaves it unchanged. */
export function toJsonColumn(value: unknown): InputJsonValue | typeof DbNull | undefined {
  if (value === undefined) return undefined;
  return value === null ? DbNull : (value as InputJsonValue);
}
