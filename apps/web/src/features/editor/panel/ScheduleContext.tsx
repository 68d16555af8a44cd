"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { FlowSchedule } from "@centrala/flow";

/** The shared schedules of the flow being edited, and the two things a panel can do with them. */
export type ScheduleTools = {
  schedules: readonly FlowSchedule[];
  /** How many hours steps use each schedule. */
  usage: ReadonlyMap<string, number>;
  /** Makes the open step's own hours a shared schedule (named `name`) and points the step at it. */
  share: (name: string) => void;
  rename: (scheduleId: string, name: string) => void;
};

const ScheduleContext = createContext<ScheduleTools | null>(null);

export function ScheduleToolsProvider({ value, children }: { value: ScheduleTools; children: ReactNode }) {
  return <ScheduleContext.Provider value={value}>{children}</ScheduleContext.Provider>;
}

/** The panel's schedule tools (null outside a property panel). */
export function useScheduleTools(): ScheduleTools | null {
  return useContext(ScheduleContext);
}
