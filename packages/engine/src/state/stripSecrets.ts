import type { CallState } from "./callState";

/**
 * The call state as it may be stored: without the values of sensitive variables. A call resumed
 * from it keeps working; a step that needs a lost value asks the caller for it again.
 */
export function stripSecrets(state: CallState): CallState {
  if (state.secrets === undefined) return state;
  const { secrets: _secrets, ...stored } = state;
  return stored;
}
