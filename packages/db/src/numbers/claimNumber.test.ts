import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../createPrismaClient";
import { forTenant } from "../forTenant";
import { createFlow } from "../flows";
import { routeNumberToFlow, listTenantNumbers } from "../numberRouting";
import { createMemoryProvisioner } from "../testing/createMemoryProvisioner";
import { createTestTenant } from "../testing/createTestTenant";
import { claimNumber } from "./claimNumber";
import { describeNumberRelease, releaseNumber } from "./releaseNumber";
import { searchPoolNumbers } from "./searchPoolNumbers";

let prisma: Db;
beforeAll(() => { prisma = createPrismaClient(undefined, 25); });
afterAll(async () => prisma.$disconnect());

/** A pool number no other test uses: +48 12 then 7 random digits. */
async function addPoolNumber(prefix = "+4812"): Promise<string> {
  const e164 = `${prefix}${String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, "0")}`;
  await prisma.phoneNumber.create({ data: { e164, source: "pool" } });
  return e164;
}

describe("claiming a pool number", () => {
  it("gives the number to exactly one of 20 tenants claiming it at the same moment", async () => {
    const e164 = await addPoolNumber();
    // The tenants are made one by one: only the claims race.
    const tenants: Awaited<ReturnType<typeof createTestTenant>>[] = [];
    for (let i = 0; i < 20; i++) tenants.push(await createTestTenant(prisma, `Race${i}`));
    const { provisioner, numbers } = createMemoryProvisioner();
    const results = await Promise.allSettled(tenants.map(({ tenant }) => claimNumber(prisma, provisioner, { tenantId: tenant.id, e164 })));
    const won = results.filter((result) => result.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "NUMBER_TAKEN" });
    const row = await prisma.phoneNumber.findUniqueOrThrow({ where: { e164 } });
    expect(row.status).toBe("active");
    expect(tenants.filter(({ tenant }) => tenant.id === row.tenantId)).toHaveLength(1);
    expect(numbers.get(e164)?.sid).toBe(row.jambonzSid);
  });

  it("finds free numbers by prefix and stops listing a claimed one", async () => {
    const e164 = await addPoolNumber("+4822");
    const { tenant } = await createTestTenant(prisma, "Search");
    expect((await searchPoolNumbers(prisma, { e164Prefix: "+4822", limit: 100 })).map((n) => n.e164)).toContain(e164);
    expect((await searchPoolNumbers(prisma, { e164Prefix: "+4812", limit: 100 })).map((n) => n.e164)).not.toContain(e164);
    await claimNumber(prisma, createMemoryProvisioner().provisioner, { tenantId: tenant.id, e164 });
    expect((await searchPoolNumbers(prisma, { e164Prefix: e164 })).map((n) => n.e164)).toEqual([]);
    expect((await listTenantNumbers(forTenant(prisma, tenant.id))).map((n) => [n.e164, n.status])).toEqual([[e164, "active"]]);
  });

  it("creates the tenant's jambonz application once and reuses it", async () => {
    const { tenant } = await createTestTenant(prisma, "App");
    const fake = createMemoryProvisioner();
    await claimNumber(prisma, fake.provisioner, { tenantId: tenant.id, e164: await addPoolNumber() });
    await claimNumber(prisma, fake.provisioner, { tenantId: tenant.id, e164: await addPoolNumber() });
    const stored = await prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(fake.applications.size).toBe(1);
    expect(stored.jambonzApplicationSid).toBe(fake.applications.get(tenant.id));
  });

  it.each(["down", "slow", "lostAnswer"] as const)("rolls the claim back when jambonz is %s, leaving nothing provisioned", async (fault) => {
    const e164 = await addPoolNumber();
    const { tenant } = await createTestTenant(prisma, "Fault");
    const fake = createMemoryProvisioner();
    fake.faults.provision = fault;
    await expect(claimNumber(prisma, fake.provisioner, { tenantId: tenant.id, e164, timeoutMs: 200 }))
      .rejects.toMatchObject({ code: "PROVISIONING_FAILED", message: expect.stringContaining("Nothing was claimed") });
    const row = await prisma.phoneNumber.findUniqueOrThrow({ where: { e164 } });
    expect([row.tenantId, row.status, row.jambonzSid]).toEqual([null, null, null]);
    expect(fake.numbers.has(e164)).toBe(false);
    // The number is free again: the next claim, with jambonz back, succeeds.
    fake.faults.provision = undefined;
    await expect(claimNumber(prisma, fake.provisioner, { tenantId: tenant.id, e164 })).resolves.toMatchObject({ status: "active" });
  });

  it("adopts a record jambonz kept after a lost answer it could not clean up", async () => {
    const e164 = await addPoolNumber();
    const [first, second] = await Promise.all([createTestTenant(prisma, "First"), createTestTenant(prisma, "Second")]);
    const fake = createMemoryProvisioner();
    fake.faults.provision = "lostAnswer";
    fake.faults.release = "down";
    await expect(claimNumber(prisma, fake.provisioner, { tenantId: first.tenant.id, e164 })).rejects.toMatchObject({ code: "PROVISIONING_FAILED" });
    expect(fake.numbers.has(e164)).toBe(true);
    fake.faults.provision = undefined;
    await claimNumber(prisma, fake.provisioner, { tenantId: second.tenant.id, e164 });
    const secondApp = (await prisma.tenant.findUniqueOrThrow({ where: { id: second.tenant.id } })).jambonzApplicationSid;
    expect(fake.numbers.get(e164)?.applicationSid).toBe(secondApp);
  });

  it("refuses a number that is not in the pool", async () => {
    const { tenant } = await createTestTenant(prisma, "Nope");
    await expect(claimNumber(prisma, createMemoryProvisioner().provisioner, { tenantId: tenant.id, e164: "+48999000111" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("releasing a number", () => {
  it("says which flow loses it, removes it from jambonz and returns it to the pool", async () => {
    const e164 = await addPoolNumber();
    const { tenant, user } = await createTestTenant(prisma, "Release");
    const db = forTenant(prisma, tenant.id);
    const fake = createMemoryProvisioner();
    const number = await claimNumber(prisma, fake.provisioner, { tenantId: tenant.id, e164 });
    const flow = await createFlow(db, { name: "Reception", draft: { version: 2, nodes: [], edges: [] } });
    await routeNumberToFlow(db, { numberId: number.id, flowId: flow.id });
    expect(await describeNumberRelease(prisma, tenant.id, number.id)).toMatchObject({ e164, flowLosingIt: { id: flow.id, name: "Reception" } });
    fake.faults.release = "down";
    await expect(releaseNumber(prisma, fake.provisioner, { tenantId: tenant.id, numberId: number.id })).rejects.toMatchObject({ code: "PROVISIONING_FAILED" });
    expect((await prisma.phoneNumber.findUniqueOrThrow({ where: { e164 } })).tenantId).toBe(tenant.id);
    fake.faults.release = undefined;
    expect(await releaseNumber(prisma, fake.provisioner, { tenantId: tenant.id, numberId: number.id, userId: user.id })).toEqual({ e164, flowLosingIt: { id: flow.id, name: "Reception" } });
    expect(await prisma.phoneNumber.findUniqueOrThrow({ where: { e164 } })).toMatchObject({ tenantId: null, flowId: null, status: null, jambonzSid: null });
    expect(fake.numbers.has(e164)).toBe(false);
  });

  it("answers not found for another tenant's number and changes nothing", async () => {
    const e164 = await addPoolNumber();
    const [owner, stranger] = await Promise.all([createTestTenant(prisma, "Owner"), createTestTenant(prisma, "Stranger")]);
    const fake = createMemoryProvisioner();
    const number = await claimNumber(prisma, fake.provisioner, { tenantId: owner.tenant.id, e164 });
    await expect(describeNumberRelease(prisma, stranger.tenant.id, number.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(releaseNumber(prisma, fake.provisioner, { tenantId: stranger.tenant.id, numberId: number.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.phoneNumber.findUniqueOrThrow({ where: { e164 } })).tenantId).toBe(owner.tenant.id);
    expect(fake.numbers.has(e164)).toBe(true);
  });
});
