import type { Role } from "@centrala/db";

/** Who may upload, rename and delete prompts (the permission table's `prompts.manage`). */
export function canManagePrompts(role: Role): boolean {
  return role !== "viewer";
}
