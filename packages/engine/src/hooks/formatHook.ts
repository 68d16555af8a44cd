/** What a hook asks about; `convertJambonzHookToEvent` reads the hook's data by purpose. */
export const hookPurposes = ["gather", "dial", "wait", "queue", "confwait", "conference", "listen", "leavekey"] as const;
export type HookPurpose = (typeof hookPurposes)[number];

/** Builds the hook string `/n/<nodeId>/<purpose>` that maps a jambonz callback back to its node. */
export function formatHook(nodeId: string, purpose: HookPurpose): string {
  return `/n/${nodeId}/${purpose}`;
}
