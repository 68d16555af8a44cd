export { createPrismaClient, getPrisma, type Db } from "./createPrismaClient";
export { createPgPool } from "./createPgPool";
export { forTenant, SCOPED_TENANT, CrossTenantError, TENANT_OWNED_MODELS, type TenantDb } from "./forTenant";
export { DomainError } from "./errors";
export { readDatabaseUrl } from "./readDatabaseUrl";
export { createTenantWithOwner, findUserForLogin, setUserLocale, getTenant, type SignUpInput, type LoginUser } from "./tenants";
export { consumeLoginAttempt, clearLoginAttempts, type RateLimitOptions, type RateLimitResult } from "./rateLimit";
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
export { releaseLoginAttempt } from "./releaseLoginAttempt";
export { listFlowVersionsWithAuthors, getFlowVersionByNumber } from "./editorVersions";
export { listTenantPrompts, listTenantExtensions, loadValidationContext } from "./tenantResources";
export { listTenantNumbers, routeNumberToFlow } from "./numberRouting";
export { createTestSession, redeemTestSession, loadTestSessionIr, isKnownTestToken } from "./testCalls/testSessions";
export { getCallTrace } from "./testCalls/callTrace";
