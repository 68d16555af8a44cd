import type { Role } from "@centrala/db";

/** The workspace's permission names (the same strings as the app-wide permission table). */
export type WorkspacePermission =
  | "numbers.manage" | "people.manage" | "extensions.manage" | "queues.manage" | "settings.manage" | "flows.publish" | "voicemail.listen";

// Until the app-wide permission table lands this is its workspace part, for today's roles
// (owner, admin, editor = flow designer, viewer). Reading lists needs only membership.
const grants: Record<WorkspacePermission, readonly string[]> = {
  "numbers.manage": ["owner", "admin"],
  "people.manage": ["owner", "admin"],
  "extensions.manage": ["owner", "admin"],
  "queues.manage": ["owner", "admin", "supervisor"],
  "settings.manage": ["owner", "admin"],
  "flows.publish": ["owner", "admin", "editor", "designer"],
  "voicemail.listen": ["owner", "admin", "supervisor", "agent", "editor", "designer"],
};

/** Whether a role may do a workspace action. */
export function allowsWorkspaceAction(role: Role, permission: WorkspacePermission): boolean {
  return grants[permission].includes(role);
}
