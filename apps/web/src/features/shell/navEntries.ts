import {
  Activity, AudioLines, Hash, Headset, LayoutDashboard, ListOrdered, Mic, PhoneCall, Settings, Users, Voicemail, Workflow,
  type LucideIcon,
} from "lucide-react";
import type { Permission } from "../auth/permissions";

export type NavGroup = "calls" | "build" | "office";

export type NavEntry = {
  /** Also the message key `nav.<id>` and the link's test id `nav-<id>`. */
  id: "flows" | "numbers" | "team" | "extensions" | "queues" | "prompts" | "voicemail" | "recordings" | "calls" | "desk" | "wallboard" | "settings";
  href: string;
  icon: LucideIcon;
  group: NavGroup;
  /** Shown only to roles with this permission; the page itself asks for it too (requirePermission). */
  permission: Permission;
  /**
   * Whether the page exists yet. Set it to true in the same change that adds the page:
   * navEntries.test.ts fails when a shown entry has no page, or a page exists but is not shown.
   */
  available: boolean;
};

/** The app's navigation, in order. Add or switch on your screen's entry here. */
export const navEntries: readonly NavEntry[] = [
  { id: "desk", href: "/desk", icon: Headset, group: "calls", permission: "desk.use", available: true },
  { id: "wallboard", href: "/wallboard", icon: LayoutDashboard, group: "calls", permission: "wallboard.view", available: true },
  { id: "calls", href: "/calls", icon: Activity, group: "calls", permission: "calls.view", available: false },
  { id: "voicemail", href: "/voicemail", icon: Voicemail, group: "calls", permission: "recordings.listen", available: true },
  { id: "recordings", href: "/recordings", icon: AudioLines, group: "calls", permission: "recordings.listen", available: true },
  { id: "flows", href: "/flows", icon: Workflow, group: "build", permission: "flows.view", available: true },
  { id: "prompts", href: "/prompts", icon: Mic, group: "build", permission: "prompts.manage", available: true },
  { id: "queues", href: "/queues", icon: ListOrdered, group: "build", permission: "queues.manage", available: true },
  { id: "numbers", href: "/numbers", icon: PhoneCall, group: "office", permission: "numbers.manage", available: true },
  { id: "extensions", href: "/extensions", icon: Hash, group: "office", permission: "extensions.manage", available: true },
  { id: "team", href: "/team", icon: Users, group: "office", permission: "people.manage", available: true },
  { id: "settings", href: "/settings", icon: Settings, group: "office", permission: "settings.manage", available: true },
];
