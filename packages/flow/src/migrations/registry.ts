import { migrateFlowV1ToV2 } from "./migrateFlowV1ToV2";
import { migrateFlowV2ToV3 } from "./migrateFlowV2ToV3";

/** The flow document format this version of the package writes and reads natively. */
export const currentFlowVersion = 3;

/** Upgrades a raw document of version `from` to `from + 1`. Pure: returns a new object. */
export type FlowMigration = {
  from: number;
  /** Named after the function, e.g. "migrateFlowV1ToV2", so a failure says which step broke. */
  name: string;
  migrate: (document: Record<string, unknown>) => Record<string, unknown>;
};

/**
 * Every migration, oldest first. To change the format: bump `currentFlowVersion`, add
 * `migrateFlowVnToVm.ts` next to this file and list it here; stored documents upgrade on read.
 */
export const flowMigrations: readonly FlowMigration[] = [
  { from: 1, name: "migrateFlowV1ToV2", migrate: migrateFlowV1ToV2 },
  { from: 2, name: "migrateFlowV2ToV3", migrate: migrateFlowV2ToV3 },
];
