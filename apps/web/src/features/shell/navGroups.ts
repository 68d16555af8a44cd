import type { NavGroup } from "./navEntries";

/** The sidebar's sections, in order (message keys `nav.group.<group>`). */
export const navGroups: readonly NavGroup[] = ["calls", "build", "office"];
