// SQLSTATE classes that say nothing about the rows sent: the connection or the server is the
// problem (08 connection exception, 53 insufficient resources, 57 operator intervention such as a
// server shutting down or a cancelled statement, 58 system error), or a conflict a retry resolves
// (40 transaction rollback: serialization failure, deadlock).
const transientClasses = new Set(["08", "40", "53", "57", "58"]);

/**
 * Tells whether a database error is worth retrying with the same rows (the server was away, busy
 * or restarting) rather than a refusal of the rows themselves (a constraint, bad text or JSON).
 */
export function isTransientDbError(err: unknown): boolean {
  if (!err || typeof err !== "object") return true;
  const code = (err as { code?: unknown }).code;
  // Errors without a SQLSTATE come from the client side: a refused or reset connection, a
  // timeout, a connection lost mid-query.
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return transientClasses.has(code.slice(0, 2));
}
