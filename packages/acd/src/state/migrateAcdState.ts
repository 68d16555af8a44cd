import type { AcdState } from "./acdState";

/** Upgrades one stored version to the next; keyed by the version it reads. */
export type AcdStateMigration = (state: Record<string, unknown>) => Record<string, unknown>;

// Add `1: migrateAcdStateV1ToV2` here (and bump `AcdState.version`) when the shape changes; a
// state stored by the previous release then carries on where it was.
export const acdStateMigrations: Readonly<Record<number, AcdStateMigration>> = {};

export const currentAcdStateVersion = 1;

/** Reads a stored dispatcher state of any known version and returns it at the current version. */
export function migrateAcdState(stored: unknown, migrations = acdStateMigrations): AcdState {
  if (typeof stored !== "object" || stored === null) throw new Error("Dispatcher state is not an object");
  let state = stored as Record<string, unknown>;
  let version = state.version;
  while (version !== currentAcdStateVersion) {
    if (typeof version !== "number" || version > currentAcdStateVersion) {
      throw new Error(`Dispatcher state version ${String(version)} is not supported`);
    }
    const migrate = migrations[version];
    if (!migrate) throw new Error(`No migration from dispatcher state version ${version}`);
    state = migrate(state);
    version = state.version;
  }
  return state as AcdState;
}
