import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { withTimeout, type NumberProvisioner } from "./NumberProvisioner";

export type ClaimNumberInput = { tenantId: string; e164: string; userId?: string; timeoutMs?: number };

/**
 * Claims a pool number for a tenant and provisions it in jambonz. The claim is one conditional
 * UPDATE (only a row nobody owns matches), so of any number of tenants claiming at once exactly
 * one wins. Then jambonz is asked; if it fails or is too slow, anything it may have created is
 * removed and the claim is undone, so nothing is left half-provisioned.
 */
export async function claimNumber(prisma: Db, provisioner: NumberProvisioner, input: ClaimNumberInput) {
  const timeoutMs = input.timeoutMs ?? 10_000;
  const claimed = await prisma.phoneNumber.updateMany({
    where: { e164: input.e164, tenantId: null, source: "pool" },
    data: { tenantId: input.tenantId, status: "provisioning", claimedAt: new Date(), flowId: null },
  });
  if (claimed.count === 0) {
    const exists = await prisma.phoneNumber.findUnique({ where: { e164: input.e164 }, select: { id: true } });
    if (!exists) throw new DomainError("NOT_FOUND", `The number ${input.e164} is not in the pool`);
    throw new DomainError("NUMBER_TAKEN", `The number ${input.e164} was just claimed by someone else`, { e164: input.e164 });
  }
  try {
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: input.tenantId }, select: { name: true, jambonzApplicationSid: true } });
    const applicationSid = await withTimeout(
      provisioner.ensureApplication({ tenantId: input.tenantId, tenantName: tenant.name, knownSid: tenant.jambonzApplicationSid }),
      timeoutMs, "Creating the jambonz application",
    );
    if (applicationSid !== tenant.jambonzApplicationSid) {
      await prisma.tenant.update({ where: { id: input.tenantId }, data: { jambonzApplicationSid: applicationSid } });
    }
    const { sid } = await withTimeout(provisioner.provision({ e164: input.e164, applicationSid }), timeoutMs, "Provisioning the number in jambonz");
    const number = await prisma.phoneNumber.update({
      where: { e164: input.e164 },
      data: { status: "active", jambonzSid: sid },
      select: { id: true, e164: true, label: true, status: true, flowId: true },
    });
    await prisma.auditLog.create({ data: { tenantId: input.tenantId, userId: input.userId ?? null, action: "number.claim", entityType: "PhoneNumber", entityId: number.id, data: { e164: input.e164 } } });
    return number;
  } catch (error) {
    await undoClaim(prisma, provisioner, input, timeoutMs);
    if (error instanceof DomainError) throw error;
    throw new DomainError("PROVISIONING_FAILED", `The phone network did not confirm ${input.e164}: ${(error as Error).message}. Nothing was claimed; try again in a moment.`, { e164: input.e164 });
  }
}

/**
 * Removes whatever jambonz may have created (a success whose answer was lost looks like a
 * failure), then gives the number back to the pool. If jambonz cannot even be reached for the
 * clean-up, a leftover record is adopted by the next claim (provisioning is idempotent) and calls
 * to it find no tenant, so nobody else's flow answers.
 */
async function undoClaim(prisma: Db, provisioner: NumberProvisioner, input: ClaimNumberInput, timeoutMs: number) {
  await withTimeout(provisioner.release({ e164: input.e164, sid: null }), timeoutMs, "Removing the number from jambonz").catch(() => {});
  await prisma.phoneNumber.updateMany({
    where: { e164: input.e164, tenantId: input.tenantId, status: "provisioning" },
    data: { tenantId: null, status: null, claimedAt: null, jambonzSid: null },
  });
}
