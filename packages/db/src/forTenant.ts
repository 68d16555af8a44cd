import type { Db } from "./createPrismaClient";

/** Models whose rows belong to one tenant. Anything reached through forTenant() must be listed here. */
export const TENANT_OWNED_MODELS = [
  "Membership", "Flow", "FlowVersion", "Prompt", "PromptVariant", "QueueHoldTrack", "PhoneNumber", "Extension", "Queue", "QueueMember",
  "Schedule", "Holiday", "Call", "CallEvent", "Recording", "AuditLog", "CallState", "TestSession",
  "Invite", "EmailMessage", "VoicemailRecipient", "VoicemailNotice",
  "AgentPresence", "AcdRecord", "AcdInbox", "AcdLeg", "CallAction",
] as const;
const tenantOwned = new Set<string>(TENANT_OWNED_MODELS);

const WHERE_OPERATIONS = new Set([
  "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate",
  "groupBy", "update", "updateMany", "updateManyAndReturn", "delete", "deleteMany", "upsert",
]);

export class CrossTenantError extends Error {
  constructor(model: string, operation: string) {
    super(`Refused: ${model}.${operation} would touch another tenant's data`);
    this.name = "CrossTenantError";
  }
}

/** Placeholder for the `tenantId` Prisma's types require on create: the scope fills in the real one. */
export const SCOPED_TENANT = "(set by forTenant)";

type Args = Record<string, unknown> & { where?: Record<string, unknown>; data?: unknown; create?: Record<string, unknown> };

function stampData(data: unknown, tenantId: string, model: string, operation: string): unknown {
  if (Array.isArray(data)) return data.map((d) => stampData(d, tenantId, model, operation));
  const row = (data ?? {}) as Record<string, unknown>;
  if (row.tenantId !== undefined && row.tenantId !== tenantId && row.tenantId !== SCOPED_TENANT) throw new CrossTenantError(model, operation);
  if (row.tenant !== undefined) throw new CrossTenantError(model, operation);
  return { ...row, tenantId };
}

/**
 * A client that can only see and change one tenant's rows: every query on a tenant-owned model gets
 * `tenantId` added to its filter and to the rows it creates, so a handler cannot forget the tenant.
 * Models that are not tenant-owned (Tenant, User, AuthSession, RateLimit) are refused.
 */
export function forTenant(prisma: Db, tenantId: string) {
  if (!tenantId) throw new Error("forTenant needs a tenant id");
  return prisma.$extends({
    name: `tenant:${tenantId}`,
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!tenantOwned.has(model)) throw new CrossTenantError(model, operation);
          const a = { ...(args as Args) };
          if (WHERE_OPERATIONS.has(operation)) a.where = { ...(a.where ?? {}), tenantId };
          if (operation === "create" || operation === "createMany" || operation === "createManyAndReturn") {
            a.data = stampData(a.data, tenantId, model, operation);
          }
          if (operation === "upsert") a.create = stampData(a.create, tenantId, model, operation) as Record<string, unknown>;
          if ((operation.startsWith("update") || operation === "upsert") && a.data) {
            const d = a.data as Record<string, unknown>;
            if ((d.tenantId !== undefined && d.tenantId !== tenantId) || d.tenant !== undefined) throw new CrossTenantError(model, operation);
          }
          return query(a as typeof args);
        },
      },
    },
  });
}

export type TenantDb = ReturnType<typeof forTenant>;
