export { createPrismaClient, getPrisma, type Db } from "./createPrismaClient";
export { createPgPool } from "./createPgPool";
export { forTenant, SCOPED_TENANT, CrossTenantError, TENANT_OWNED_MODELS, type TenantDb } from "./forTenant";
export { DomainError } from "./errors";
export { readDatabaseUrl } from "./readDatabaseUrl";
export { createTenantWithOwner, findUserForLogin, setUserLocale, getTenant, type SignUpInput, type LoginUser } from "./tenants";
export {
  createAuthSession, checkAuthSession, revokeAuthSession, revokeUserAuthSessions, type AuthSessionLifetime, type LiveAuthSession,
} from "./auth/authSessions";
export {
  listFlows, getFlow, createFlow, renameFlow, deleteFlow, saveFlowDraft, publishFlowVersion, listFlowVersions,
} from "./flows";
export type { Role } from "./generated/prisma/enums";
export { resolveNumberRoute, listNumberRoutes, loadPublishedVersion, loadFlowVersionById, notifyRoutingChanged, ROUTING_CHANNEL, type NumberRoute } from "./calls/resolveNumberRoute";
export { createCallStateStore, type CallStateStore } from "./calls/callStateStore";
export { createTraceWriter, type TraceWriter, type CallStart, type CallTraceEvent, type CallEnd, type RecordKind } from "./calls/createTraceWriter";
export { writeCallStarts, writeCallEvents, writeCallEnds } from "./calls/writeCallRecords";
export { isTransientDbError } from "./calls/isTransientDbError";
export { keepTableStatistics, CALL_PATH_TABLES } from "./calls/keepTableStatistics";
export { createCallReaper, type CallReaper, type RecoveredCall } from "./calls/createCallReaper";
export { listFlowVersionsWithAuthors, getFlowVersionByNumber } from "./editorVersions";
export { listTenantPrompts, listTenantExtensions, loadValidationContext, linkQueueNames } from "./tenantResources";
export { listTenantNumbers, routeNumberToFlow } from "./numberRouting";
export { createTestSession, redeemTestSession, loadTestSessionIr, isKnownTestToken } from "./testCalls/testSessions";
export { getCallTrace } from "./testCalls/callTrace";
export { PROMPT_LANGUAGES, isPromptLanguage, pickPromptVariant, type PromptLanguage } from "./prompts/promptLanguages";
export { listReferencedPromptIds } from "./prompts/listReferencedPromptIds";
export { findPromptUsage, type PromptUsage } from "./prompts/promptUsage";
export { listPrompts, getPrompt, createPrompt, updatePrompt, deletePrompt, deletePromptVariant, type PromptDetails } from "./prompts/prompts";
export { savePromptVariant, type SavePromptVariantInput } from "./prompts/savePromptVariant";
export { resolvePromptAudio } from "./prompts/resolvePromptAudio";
export { listQueueHoldMusic, setQueueHoldMusic, loadHoldMusic, type HoldTrack } from "./prompts/queueHoldMusic";
export {
  createRecording, listRecordings, listCallRecordings, countUnheardMessages, markRecordingHeard, deleteRecording, restoreRecording, purgeDeletedRecordings,
  resolveRecordingAudio, RECORDING_UNDO_MS,
} from "./recordings/recordings";
export { listCallRecordingsPage, findCallRecording, listMemberExtensionIds, logRecordingAccess, purgeExpiredRecordings, type CallRecordingFilter } from "./recordings/callRecordings";

// The tenant workspace.
export { createSecretToken, hashSecretToken } from "./tokens/createSecretToken";
export { searchPoolNumbers } from "./numbers/searchPoolNumbers";
export { claimNumber, type ClaimNumberInput } from "./numbers/claimNumber";
export { releaseNumber, describeNumberRelease } from "./numbers/releaseNumber";
export { withTimeout, type NumberProvisioner } from "./numbers/NumberProvisioner";
export { listMembers } from "./people/listMembers";
export { readMembership } from "./people/readMembership";
export {
  createInvite, describeInvite, acceptInvite, revokeInvite, refuseInvite, INVITE_LIFETIME_MS,
  type CreateInviteInput, type InviteState, type AcceptInviteInput,
} from "./people/invites";
export { changeMemberRole, removeMember } from "./people/memberRoles";
export { createPasswordReset, resetPasswordWithToken, readPasswordHash, setPassword, PASSWORD_RESET_LIFETIME_MS } from "./people/passwords";
export { listExtensions, getExtension, createExtension, updateExtension, resetExtensionCredentials, deleteExtension, type ExtensionInput } from "./extensions/extensions";
export { computeDigestHa1 } from "./extensions/sipCredentials";
export { listQueues, getQueue, createQueue, updateQueue, deleteQueue, type QueueInput } from "./queues/queues";
export { findFlowsUsing, type UsedThing } from "./usage/findFlowsUsing";
export { getOrganisationSettings, updateOrganisationSettings, type OrganisationSettings } from "./settings/organisationSettings";
export { readGettingStarted, type GettingStarted } from "./gettingStarted/readGettingStarted";
export type { QueueStrategy, QueueOverflowAction, RecordingPolicy, NumberStatus, AgentPresenceStatus } from "./generated/prisma/enums";

// The call centre: the dispatcher's stored state and inbox, agent presence.
export { loadAcdRecords, collectAcdRowChanges, mergeChangedIds, saveAcdRows, type SqlRunner, type AcdMeta, type AcdRowChanges } from "./callCentre/acdRecords";
export { submitAcdEvent, submitAcdEventWithPrisma, type AcdInboxEvent, type AcdEventContext } from "./callCentre/submitAcdEvent";
export { setAgentPresence, endAgentWrapUp, listAgentPresence, type AgentPresenceInput } from "./callCentre/agentPresence";
export { readCallCentreSnapshot, readAgentDesk, type CallCentreQueue, type CallCentreAgent } from "./callCentre/callCentreSnapshot";
export { createCallCentreChangeHub, notifyCallCentreChanged, ACD_CHANGED_CHANNEL, CALL_ACTION_DONE_CHANNEL, type CallCentreChange, type CallCentreChangeHub } from "./callCentre/callCentreChangeHub";
export { findMemberExtension, readAgentToday } from "./callCentre/readAgentToday";
export { requestCallAction, getCallAction, callActionSchema, callTargetSchema, type CallAction, type CallTarget, type CallActionResult } from "./callCentre/callActions";
