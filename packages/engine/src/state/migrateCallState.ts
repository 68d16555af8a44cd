import type { CallState } from "./callState";

/** Upgrades one stored version to the next; keyed by the version it reads. */
type CallStateMigration = (state: Record<string, unknown>) => Record<string, unknown>;

// Add `1: migrateCallStateV1ToV2` here (and bump `CallState.version`) when the shape changes;
// a call in flight during a deploy then carries on with its old state.
const migrations: Record<number, CallStateMigration> = {};

export const currentCallStateVersion = 1;

/** Reads a stored call state of any known version and returns it at the current version. */
export function migrateCallState(stored: unknown): CallState {
  if (typeof stored !== "object" || stored === null) throw new Error("Call state is not an object");
  let state = stored as Record<string, unknown>;
  let version = state.version;
  while (version !== currentCallStateVersion) {
    if (typeof version !== "number" || version > currentCallStateVersion) {
      throw new Error(`Call state version ${String(version)} is not supported`);
    }
    const migrate = migrations[version];
    if (!migrate) throw new Error(`No migration from call state version ${version}`);
    state = migrate(state);
    version = state.version;
  }
  return state as CallState;
}
