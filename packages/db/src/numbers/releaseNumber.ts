import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { forTenant } from "../forTenant";
import { notifyRoutingChanged } from "../calls/resolveNumberRoute";
import { withTimeout, type NumberProvisioner } from "./NumberProvisioner";

/** What the release screen shows before asking: the number and the flow that would lose it. */
export async function describeNumberRelease(prisma: Db, tenantId: string, numberId: string) {
  const number = await forTenant(prisma, tenantId).phoneNumber.findFirst({
    where: { id: numberId },
    select: { id: true, e164: true, source: true, flow: { select: { id: true, name: true } } },
  });
  if (!number) throw new DomainError("NOT_FOUND", "Number not found");
  return { id: number.id, e164: number.e164, source: number.source, flowLosingIt: number.flow };
}

/**
 * Gives a number up: jambonz first (if that fails the number stays the tenant's, unchanged), then
 * the database. A pool number goes back to the pool; a number the tenant brought is deleted.
 * Returns the flow that lost it, if any.
 */
export async function releaseNumber(prisma: Db, provisioner: NumberProvisioner, input: { tenantId: string; numberId: string; userId?: string; timeoutMs?: number }) {
  const db = forTenant(prisma, input.tenantId);
  const number = await db.phoneNumber.findFirst({ where: { id: input.numberId }, select: { id: true, e164: true, source: true, jambonzSid: true, flow: { select: { id: true, name: true } } } });
  if (!number) throw new DomainError("NOT_FOUND", "Number not found");
  try {
    await withTimeout(provisioner.release({ e164: number.e164, sid: number.jambonzSid }), input.timeoutMs ?? 10_000, "Releasing the number in jambonz");
  } catch (error) {
    throw new DomainError("PROVISIONING_FAILED", `The phone network did not confirm the release of ${number.e164}: ${(error as Error).message}. The number is still yours; try again in a moment.`, { e164: number.e164 });
  }
  if (number.source === "pool") {
    // Handing the row back to nobody is outside any tenant's scope, so the filter names the tenant itself.
    await prisma.phoneNumber.updateMany({ where: { id: number.id, tenantId: input.tenantId }, data: { tenantId: null, flowId: null, status: null, jambonzSid: null, claimedAt: null, label: "" } });
  } else {
    await db.phoneNumber.deleteMany({ where: { id: number.id } });
  }
  await notifyRoutingChanged(prisma, `number:${number.e164}`);
  await db.auditLog.create({ data: { tenantId: input.tenantId, userId: input.userId ?? null, action: "number.release", entityType: "PhoneNumber", entityId: number.id, data: { e164: number.e164, flowId: number.flow?.id ?? null } } });
  return { e164: number.e164, flowLosingIt: number.flow };
}
