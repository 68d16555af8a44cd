import type { MessageKey } from "./Message";
import { enMessages } from "./messages/en/enMessages";

/** Whether a string names a message (zod schemas use message keys as their error text). */
export function isMessageKey(value: string): value is MessageKey {
  let node: unknown = enMessages;
  for (const part of value.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}
