const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** RFC 4122 v4 uuid, as jambonz uses for call_sid, account_sid, trace ids. */
export function generateUuid(): string {
  return globalThis.crypto.randomUUID();
}

/** 22-character base58 id like the `short-uuid` msgids jambonz puts on every message. */
export function generateMsgId(): string {
  let value = 0n;
  for (const byte of randomBytes(16)) value = (value << 8n) | BigInt(byte);
  let out = '';
  while (value > 0n) {
    out = BASE58[Number(value % 58n)] + out;
    value /= 58n;
  }
  return out.padStart(22, BASE58[0]);
}

/** Lower-case hex string of `bytes` random bytes (trace ids, SIP tags). */
export function generateHex(bytes: number): string {
  return [...randomBytes(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
