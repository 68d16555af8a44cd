import "server-only";
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to argon2id with m=19 MiB, t=2, p=1 (the OWASP baseline). Its
// `Algorithm` is a const enum that isolatedModules cannot read, so the default is relied on and a
// test checks the `$argon2id$` prefix.

/** Hashes a new password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Checks a password against a stored hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the email is unknown, so response time does not
 * reveal which emails have accounts.
 */
export async function verifyAgainstDummyHash(password: string): Promise<void> {
  dummyHash ??= hash("centrala-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
