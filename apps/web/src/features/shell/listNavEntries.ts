import type { Role } from "@centrala/db";
import { can } from "../auth/permissions";
import { navEntries, type NavEntry } from "./navEntries";

/** The entries a role sees: pages that exist and that the role may open. */
export function listNavEntries(role: Role): NavEntry[] {
  return navEntries.filter((entry) => entry.available && can(role, entry.permission));
}
