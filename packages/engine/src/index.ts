// Public API of @centrala/engine: PURE call execution. No I/O, no clock, no randomness.

/** Advances a call by one event. */
export { step } from "./step/step";
export type { StepResult } from "./step/stepResult";
/** Builds the state of a new call; step it with the start event. */
export { initialState } from "./state/initialState";
/** Upgrades a stored call state to the current version. */
export { migrateCallState, currentCallStateVersion } from "./state/migrateCallState";
export type { CallState, WaitingNode, JsonObject, JsonValue, SecretOrigin } from "./state/callState";
/** The call state as it may be stored: without what the caller typed into sensitive steps. */
export { stripSecrets } from "./state/stripSecrets";
export type { CallEnv, CallInfo } from "./state/callEnv";

/** Events and the jambonz adapter. */
export type * from "./events/engineEvent";
export { convertJambonzHookToEvent } from "./events/convertJambonzHookToEvent";
export { parseEngineEvent } from "./events/parseEngineEvent";
export type { ParseEngineEventResult } from "./events/parseEngineEvent";
/** Hook strings `/n/<nodeId>/<purpose>`. */
export { formatHook, hookPurposes } from "./hooks/formatHook";
export type { HookPurpose } from "./hooks/formatHook";
export { parseHook } from "./hooks/parseHook";
export type { ParsedHook } from "./hooks/parseHook";

/** Effects (requests for the runtime) and verbs (for jambonz). */
export type * from "./effects/effect";
export type * from "./verbs/verb";

/** Node kinds' engine behaviour (for tooling; the step function uses it). */
export { nodeHandlers } from "./nodes/registry";
export type { NodeHandler, NodeOutcome } from "./nodes/nodeHandler";
/** What a business-hours step decides at a local date and time (the editor previews it). */
export { evaluateHours, isHolidayOn } from "./hours/evaluateHours";
export type { HoursPort } from "./hours/evaluateHours";
export type { ZonedClock } from "./time/readZonedClock";
/** Limits the engine enforces. */
export { maxNodesPerStep, maxFlowHops } from "./step/flowCursor";
