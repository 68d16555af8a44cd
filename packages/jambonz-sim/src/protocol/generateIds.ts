const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

// Random bytes come from one pool refilled a few kilobytes at a time: a simulator placing hundreds
// of calls a second needs several ids per message, and one getRandomValues call per id is costly.
const pool = new Uint8Array(4096);
let poolOffset = pool.length;

function nextRandomByte(): number {
  if (poolOffset === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++]!;
}

/** RFC 4122 v4 uuid, as jambonz uses for call_sid, account_sid, trace ids. */
export function generateUuid(): string {
  return globalThis.crypto.randomUUID();
}

/** 22-character base58 id like the `short-uuid` msgids jambonz puts on every message. */
export function generateMsgId(): string {
  let out = '';
  while (out.length < 22) {
    const byte = nextRandomByte();
    // 232 = 4 * 58: bytes above it would make the first letters likelier than the rest.
    if (byte < 232) out += BASE58[byte % 58];
  }
  return out;
}

/** Lower-case hex string of `bytes` random bytes (trace ids, SIP tags). */
export function generateHex(bytes: number): string {
  let out = '';
  for (let i = 0; i < bytes; i++) out += HEX[nextRandomByte()];
  return out;
}
