import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./createPrismaClient";
import { forTenant, SCOPED_TENANT } from "./forTenant";
import { createFlow, publishFlowVersion } from "./flows";
import { getFlowVersionByNumber, listFlowVersionsWithAuthors } from "./editorVersions";
import { listTenantNumbers, routeNumberToFlow } from "./numberRouting";
import { listTenantExtensions, listTenantPrompts, loadValidationContext } from "./tenantResources";
import { createTestSession } from "./testCalls/testSessions";
import { getCallTrace } from "./testCalls/callTrace";
import { createTestTenant } from "./testing/createTestTenant";

let prisma: Db;
let a: Awaited<ReturnType<typeof createTestTenant>>;
let b: Awaited<ReturnType<typeof createTestTenant>>;
let flowA: { id: string };
let numberA: { id: string };
let callSidA: string;

beforeAll(async () => {
  prisma = createPrismaClient(undefined, 3);
  a = await createTestTenant(prisma, "Owner");
  b = await createTestTenant(prisma, "Other");
  const dbA = forTenant(prisma, a.tenant.id);
  flowA = await createFlow(dbA, { name: "A's flow", draft: {} });
  await publishFlowVersion(dbA, flowA.id, { source: {}, ir: {}, note: "first", userId: a.user.id });
  numberA = await prisma.phoneNumber.create({ data: { e164: `+4822${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`, tenantId: a.tenant.id, source: "owned" } });
  await dbA.prompt.create({ data: { name: "Welcome", tenantId: SCOPED_TENANT } });
  await dbA.extension.create({ data: { number: "101", name: "Anna", tenantId: SCOPED_TENANT } });
  callSidA = randomUUID();
  const call = await dbA.call.create({ data: { callSid: callSidA, fromNumber: "+48500100200", toNumber: "+48221234567", tenantId: SCOPED_TENANT } });
  await dbA.callEvent.create({ data: { callId: call.id, seq: 0, at: new Date(), type: "nodeEntered", nodeId: "start", tenantId: SCOPED_TENANT } });
});
afterAll(async () => prisma.$disconnect());

describe("the editor's data stays within its tenant", () => {
  it("versions, numbers, prompts, extensions and the validation context of A are invisible to B", async () => {
    const dbA = forTenant(prisma, a.tenant.id);
    const dbB = forTenant(prisma, b.tenant.id);
    expect(await listFlowVersionsWithAuthors(dbA, flowA.id)).toHaveLength(1);
    expect(await listFlowVersionsWithAuthors(dbB, flowA.id)).toEqual([]);
    expect(await getFlowVersionByNumber(dbB, flowA.id, 1)).toBeNull();
    expect((await listTenantNumbers(dbA)).map((n) => n.id)).toContain(numberA.id);
    expect(await listTenantNumbers(dbB)).toEqual([]);
    expect((await listTenantPrompts(dbB)).length).toBe(0);
    expect((await listTenantExtensions(dbB)).length).toBe(0);
    const context = await loadValidationContext(dbB);
    expect(JSON.stringify(context)).not.toContain(flowA.id);
  });

  it("B can route neither A's number nor to A's flow, and A's routing is untouched", async () => {
    const dbB = forTenant(prisma, b.tenant.id);
    const flowB = await createFlow(dbB, { name: "B's flow", draft: {} });
    await expect(routeNumberToFlow(dbB, { numberId: numberA.id, flowId: flowB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(routeNumberToFlow(forTenant(prisma, a.tenant.id), { numberId: numberA.id, flowId: flowB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await routeNumberToFlow(forTenant(prisma, a.tenant.id), { numberId: numberA.id, flowId: flowA.id });
    expect((await prisma.phoneNumber.findUnique({ where: { id: numberA.id } }))?.flowId).toBe(flowA.id);
  });

  it("a call's trace and a test session belong to their tenant only", async () => {
    expect((await getCallTrace(forTenant(prisma, a.tenant.id), callSidA))?.events).toHaveLength(1);
    expect(await getCallTrace(forTenant(prisma, b.tenant.id), callSidA)).toBeNull();
    expect(await createTestSession(forTenant(prisma, b.tenant.id), { flowId: flowA.id, ir: {} })).toBeNull();
    expect(await createTestSession(forTenant(prisma, a.tenant.id), { flowId: flowA.id, ir: {} })).toMatchObject({ token: expect.any(String) });
  });

  it("B cannot add a step to A's call: the event's tenant must be its call's tenant", async () => {
    const call = await prisma.call.findUniqueOrThrow({ where: { callSid: callSidA } });
    await expect(forTenant(prisma, b.tenant.id).callEvent.create({
      data: { callId: call.id, seq: 1, at: new Date(), type: "nodeEntered", nodeId: "injected", tenantId: SCOPED_TENANT },
    })).rejects.toThrow(/foreign key/i);
    expect(await prisma.callEvent.count({ where: { callId: call.id } })).toBe(1);
  });
});
