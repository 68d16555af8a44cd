import { createHash, randomBytes } from "node:crypto";

/** SHA-256 of a secret token, hex: what the database keeps instead of the token itself. */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh random token for an e-mailed link (256 bits, URL-safe) and the hash to store. */
export function createSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}
