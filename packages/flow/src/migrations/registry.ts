/** The flow document format this version of the package writes and reads natively. */
export const currentFlowVersion = 1;

/** Upgrades a raw document of version `from` to `from + 1`. Pure: returns a new object. */
export type FlowMigration = {
  from: number;
  /** Named after the function, e.g. "migrateFlowV1ToV2", so a failure says which step broke. */
  name: string;
  migrate: (document: Record<string, unknown>) => Record<string, unknown>;
};

/**
 * Every migration, oldest first. Version 1 is the first shipped format, so the list is empty.
 * To change the format: bump `currentFlowVersion`, add `migrateFlowV1ToV2.ts` next to this file
 * and list it here; documents stored in version 1 then upgrade on read.
 */
export const flowMigrations: readonly FlowMigration[] = [];
