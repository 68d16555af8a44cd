import { SCOPED_TENANT, type TenantDb } from "./forTenant";
import { DomainError } from "./errors";
import { notifyRoutingChanged } from "./calls/resolveNumberRoute";

/** The tenant's phone numbers with the flow each one rings into. */
export function listTenantNumbers(db: TenantDb) {
  return db.phoneNumber.findMany({
    select: { id: true, e164: true, label: true, flowId: true, status: true, source: true, claimedAt: true, flow: { select: { name: true } } },
    orderBy: { e164: "asc" },
  });
}

/**
 * Sends calls to one of the tenant's numbers into a flow (or nowhere, with null) and tells every
 * runtime instance, so the next call already takes the new route.
 */
export async function routeNumberToFlow(db: TenantDb, input: { numberId: string; flowId: string | null; userId?: string }) {
  if (input.flowId !== null && !(await db.flow.findFirst({ where: { id: input.flowId }, select: { id: true } }))) {
    throw new DomainError("NOT_FOUND", "Flow not found");
  }
  const { count } = await db.phoneNumber.updateMany({ where: { id: input.numberId }, data: { flowId: input.flowId } });
  if (count === 0) throw new DomainError("NOT_FOUND", "Number not found");
  const number = await db.phoneNumber.findFirst({ where: { id: input.numberId }, select: { e164: true } });
  await notifyRoutingChanged(db, `number:${number?.e164 ?? input.numberId}`);
  await db.auditLog.create({
    data: { action: "number.route", entityType: "PhoneNumber", entityId: input.numberId, userId: input.userId ?? null, data: { flowId: input.flowId }, tenantId: SCOPED_TENANT },
  });
}
