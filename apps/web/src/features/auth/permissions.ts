import type { Role } from "@centrala/db";

/** Every role a member can have, most powerful first (the same as the database's `Role`). */
export const roles = ["owner", "admin", "supervisor", "agent", "designer", "viewer"] as const satisfies readonly Role[];

/**
 * The one permission table: who may do what. Every API route, page and server action asks
 * `can(role, permission)` through withApiSession / requirePermission; nothing else decides.
 * README "Roles and permissions" explains the choices.
 */
const table = {
  /** See the organisation's lists: numbers, people, extensions, queues, prompts, settings. */
  "workspace.view": ["owner", "admin", "supervisor", "agent", "designer", "viewer"],
  /** Change one's own password. */
  "account.manage": ["owner", "admin", "supervisor", "agent", "designer", "viewer"],
  "flows.view": ["owner", "admin", "supervisor", "designer", "viewer"],
  "flows.edit": ["owner", "admin", "designer"],
  /** Publish a flow, or route a number to one: both change what callers hear now. */
  "flows.publish": ["owner", "admin", "designer"],
  "numbers.manage": ["owner", "admin"],
  "people.manage": ["owner", "admin"],
  "prompts.manage": ["owner", "admin", "supervisor", "designer"],
  /** Voicemail and call recordings: listen, mark heard, delete and restore. */
  "recordings.listen": ["owner", "admin", "supervisor", "agent"],
  "queues.manage": ["owner", "admin", "supervisor"],
  "extensions.manage": ["owner", "admin"],
  "settings.manage": ["owner", "admin"],
  "calls.view": ["owner", "admin", "supervisor", "agent", "designer", "viewer"],
  "desk.use": ["owner", "admin", "supervisor", "agent"],
  "wallboard.view": ["owner", "admin", "supervisor", "agent", "viewer"],
  /** Join an agent's live call from the wallboard: listen, whisper to the agent, or barge in. */
  "calls.supervise": ["owner", "admin", "supervisor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof table;

export const permissions = Object.keys(table) as Permission[];

/** Whether a member with this role may do this. */
export function can(role: Role, permission: Permission): boolean {
  return (table[permission] as readonly Role[]).includes(role);
}

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(table, value);
}
