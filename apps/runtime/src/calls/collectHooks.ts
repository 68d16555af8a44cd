const HOOK_FIELDS = ["actionHook", "waitHook", "statusHook", "confirmHook", "enterHook", "eventHook", "referHook", "dtmfHook"];

/** Every hook string named anywhere in a list of verbs (nested verbs included). */
export function collectHooks(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectHooks(item, into);
  } else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (HOOK_FIELDS.includes(key) && typeof v === "string") into.add(v);
      else if (typeof v === "object") collectHooks(v, into);
    }
  }
  return into;
}
