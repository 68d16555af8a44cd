import { createHash, randomInt } from "node:crypto";

// No 0/O, 1/l/I: the password is typed into a desk phone's keypad menu by a person reading it.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A new SIP password (16 characters, about 92 bits) and the digest HA1 the registrar needs. */
export function createSipCredentials(username: string, realm: string): { password: string; ha1: string } {
  let password = "";
  for (let i = 0; i < 16; i += 1) password += ALPHABET[randomInt(ALPHABET.length)];
  return { password, ha1: computeDigestHa1(username, realm, password) };
}

/** RFC 2617 HA1 = MD5(username ":" realm ":" password), what a digest registrar checks against. */
export function computeDigestHa1(username: string, realm: string, password: string): string {
  return createHash("md5").update(`${username}:${realm}:${password}`, "utf8").digest("hex");
}
