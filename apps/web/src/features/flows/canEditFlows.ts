import type { Role } from "@centrala/db";

/** Viewers may look at flows but not create, rename or delete them. */
export function canEditFlows(role: Role): boolean {
  return role !== "viewer";
}
