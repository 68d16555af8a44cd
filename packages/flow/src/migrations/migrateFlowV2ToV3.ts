/**
 * Format 3 adds shared schedules: opening hours defined once in the document (`schedules`) and
 * named by business-hours steps (`scheduleId`). A format-2 document has none and its steps keep
 * their own hours, so its content carries over as it is; the version number is what changes, so
 * that a reader of format 2 refuses a format-3 document instead of dropping the schedules its
 * steps rely on.
 */
export function migrateFlowV2ToV3(document: Record<string, unknown>): Record<string, unknown> {
  return { ...document };
}
