// Public API of @centrala/acd: PURE queue dispatch. No I/O, no clock, no randomness.

/** Applies one event to the dispatcher state: `{ state, commands, nextTickAt, ignored }`. */
export { dispatch } from "./dispatch/dispatch";
export type { DispatchResult } from "./dispatch/dispatch";
export type { ChangedIds } from "./dispatch/dispatchContext";
/** An empty state; upgrading a stored one. */
export { createAcdState } from "./state/createAcdState";
export { migrateAcdState, currentAcdStateVersion, acdStateMigrations } from "./state/migrateAcdState";
export type { AcdStateMigration } from "./state/migrateAcdState";
export type * from "./state/acdState";

/** Events (zod schemas at the boundary) and commands. */
export { acdEventSchema, callerLeftReasons, offerFailureReasons } from "./events/acdEvent";
export type { AcdEvent, AcdEventType, AcdEventOf, AcdEventInput, CallerLeftReason, OfferFailureReason } from "./events/acdEvent";
export { parseAcdEvent } from "./events/parseAcdEvent";
export type { ParseAcdEventResult } from "./events/parseAcdEvent";
export type * from "./commands/acdCommand";

/** Queue settings and members. */
export { queueSettingsSchema, queueMemberSchema, penaltyLimitSchema, queueStrategies, createQueueSettings } from "./queue/queueSettings";
export type { QueueSettings, QueueMember, QueueStrategy, PenaltyLimit } from "./queue/queueSettings";

/** Agents' displayed state; wallboard and desk figures. */
export { readAgentStatus, isAgentFree, agentStatuses } from "./agents/readAgentStatus";
export type { AgentStatus } from "./agents/readAgentStatus";
export { snapshotAcd } from "./snapshot/snapshotAcd";
export type { AcdSnapshot, QueueSnapshot, AgentSnapshot, WaitingCallerSnapshot } from "./snapshot/snapshotAcd";

/** Round-robin memory, for queues and ring groups alike. */
export { orderByRotation, advanceRotation, listRotationOrder } from "./rotation/rotation";
export type { Rotation, RotationMember } from "./rotation/rotation";
