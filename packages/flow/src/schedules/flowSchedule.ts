import { z } from "zod";

/** The id pattern of a shared schedule (the same as a node's). */
export const scheduleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const flowScheduleSchema = z.object({
  id: scheduleIdSchema,
  name: z.string().max(100),
  // Checked by the hours steps that use it (see `openingHoursSchema`), not here: a draft may hold
  // a half-typed schedule and must still save. Plain JSON, like a node's data.
  hours: z.record(z.string().refine((key) => key !== "__proto__"), z.json()),
});
/**
 * Opening hours defined once in the flow document and used by several business-hours steps
 * (which name it by `scheduleId`): change the hours once, every step follows.
 */
export type FlowSchedule = z.infer<typeof flowScheduleSchema>;

/** The schedules of a document by id (the first of a repeated id wins). */
export function indexSchedules(schedules: readonly FlowSchedule[] | undefined): ReadonlyMap<string, FlowSchedule> {
  const byId = new Map<string, FlowSchedule>();
  for (const schedule of schedules ?? []) if (!byId.has(schedule.id)) byId.set(schedule.id, schedule);
  return byId;
}
