import { hookPurposes, type HookPurpose } from "./formatHook";

export type ParsedHook = { nodeId: string; purpose: HookPurpose };

const hookPattern = /^\/n\/([A-Za-z0-9_-]{1,64})\/([a-z]+)$/;

/** Reads `/n/<nodeId>/<purpose>`; returns null for any hook the engine did not issue. */
export function parseHook(hook: string): ParsedHook | null {
  const match = hookPattern.exec(hook);
  if (!match) return null;
  const [, nodeId, purpose] = match;
  if (nodeId === undefined || !isHookPurpose(purpose)) return null;
  return { nodeId, purpose };
}

function isHookPurpose(value: string | undefined): value is HookPurpose {
  return (hookPurposes as readonly (string | undefined)[]).includes(value);
}
