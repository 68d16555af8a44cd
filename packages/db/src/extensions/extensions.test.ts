import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileFlow, type FlowDocument } from "@centrala/flow";
import { createPrismaClient, type Db } from "../createPrismaClient";
import { forTenant } from "../forTenant";
import { createFlow, publishFlowVersion } from "../flows";
import { createTestTenant } from "../testing/createTestTenant";
import { createQueue, deleteQueue, getQueue, updateQueue, type QueueInput } from "../queues/queues";
import { computeDigestHa1 } from "./sipCredentials";
import { createExtension, deleteExtension, getExtension, listExtensions, resetExtensionCredentials, updateExtension } from "./extensions";

let prisma: Db;
beforeAll(() => { prisma = createPrismaClient(undefined, 4); });
afterAll(async () => prisma.$disconnect());

const queueDefaults: Omit<QueueInput, "name" | "members"> = {
  strategy: "inOrder", ringSeconds: 20, wrapUpSeconds: 10, maxWaitSeconds: 300, overflowAction: "hangup", overflowTarget: null, overflowMessage: null,
  holdMusic: [], announceEverySeconds: 60, announcePosition: true, announceWaitTime: false, recordingPolicy: "never",
};

/** Publishes a flow whose ring group rings `extension` and whose queue step uses `queueId`. */
async function publishFlowUsing(prisma: Db, tenantId: string, name: string, extension: string, queueId: string) {
  const db = forTenant(prisma, tenantId);
  const position = { x: 0, y: 0 };
  const document: FlowDocument = {
    version: 2,
    nodes: [
      { id: "s", kind: "start" as const, position, data: {} },
      { id: "team", kind: "ringGroup" as const, position, data: { extensions: [extension] } },
      { id: "wait", kind: "queue" as const, position, data: { queueId } },
      { id: "bye", kind: "hangup" as const, position, data: {} },
    ],
    edges: [
      { id: "e1", source: "s", sourcePort: "next", target: "team" }, { id: "e2", source: "team", sourcePort: "noAnswer", target: "wait" },
      { id: "e3", source: "team", sourcePort: "answered", target: "bye" }, { id: "e4", source: "wait", sourcePort: "overflow", target: "bye" },
      { id: "e5", source: "wait", sourcePort: "answered", target: "bye" },
    ],
  };
  const compiled = compileFlow(document);
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message.en).join("; "));
  const flow = await createFlow(db, { name, draft: document });
  await publishFlowVersion(db, flow.id, { source: document, ir: compiled.ir });
  return flow;
}

describe("extensions", () => {
  it("creates an extension with SIP credentials shown once and stored as a digest only", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Ext");
    const { extension, sip } = await createExtension(prisma, tenant.id, { number: "101", name: " Anna ", userId: user.id, forwardTo: "+48601234567", voicemailEnabled: true, notifyUserIds: [user.id] });
    expect(extension).toMatchObject({ number: "101", name: "Anna", sipUsername: "101", user: { email: user.email }, voicemailRecipients: [{ userId: user.id }] });
    expect(sip).toMatchObject({ username: "101", realm: tenant.sipRealm });
    expect(sip.password).toMatch(/^[A-Za-z2-9]{16}$/);
    const row = await prisma.extension.findFirstOrThrow({ where: { id: extension!.id } });
    expect(row.sipHa1).toBe(computeDigestHa1("101", tenant.sipRealm, sip.password));
    expect(JSON.stringify(row)).not.toContain(sip.password);
    const reset = await resetExtensionCredentials(prisma, tenant.id, extension!.id);
    expect(reset.password).not.toBe(sip.password);
    expect((await prisma.extension.findFirstOrThrow({ where: { id: extension!.id } })).sipHa1).toBe(computeDigestHa1("101", tenant.sipRealm, reset.password));
  });

  it("refuses a duplicate number and a person from another organisation, storing nothing", async () => {
    const [a, b] = await Promise.all([createTestTenant(prisma, "DupA"), createTestTenant(prisma, "DupB")]);
    await createExtension(prisma, a.tenant.id, { number: "200", name: "First" });
    await expect(createExtension(prisma, a.tenant.id, { number: "200", name: "Second" })).rejects.toMatchObject({ code: "DUPLICATE", details: { field: "number" } });
    await expect(createExtension(prisma, a.tenant.id, { number: "201", name: "Spy", userId: b.user.id })).rejects.toMatchObject({ code: "INVALID", details: { field: "userId" } });
    expect((await listExtensions(forTenant(prisma, a.tenant.id))).map((e) => e.name)).toEqual(["First"]);
    // The same number in another tenant is fine: numbers are unique per tenant.
    await expect(createExtension(prisma, b.tenant.id, { number: "200", name: "Theirs" })).resolves.toBeTruthy();
  });

  it("keeps another tenant out: not found for every change, nothing changed", async () => {
    const [a, b] = await Promise.all([createTestTenant(prisma, "IsoA"), createTestTenant(prisma, "IsoB")]);
    const { extension } = await createExtension(prisma, a.tenant.id, { number: "110", name: "Mine" });
    const id = extension!.id;
    expect(await getExtension(forTenant(prisma, b.tenant.id), id)).toBeNull();
    await expect(updateExtension(prisma, b.tenant.id, id, { name: "Stolen" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resetExtensionCredentials(prisma, b.tenant.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteExtension(prisma, b.tenant.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getExtension(forTenant(prisma, a.tenant.id), id))?.name).toBe("Mine");
  });

  it("refuses to delete an extension or a queue a live flow uses, naming the flows; renaming breaks nothing", async () => {
    const { tenant } = await createTestTenant(prisma, "Used");
    const { extension } = await createExtension(prisma, tenant.id, { number: "120", name: "Desk" });
    const queue = await createQueue(prisma, tenant.id, { ...queueDefaults, name: "Support", members: [{ extensionId: extension!.id, penalty: 0 }] });
    const flow = await publishFlowUsing(prisma, tenant.id, "Main line", "120", queue!.id);
    await expect(deleteExtension(prisma, tenant.id, extension!.id)).rejects.toMatchObject({ code: "IN_USE", details: { flows: [{ id: flow.id, name: "Main line" }] } });
    await expect(deleteQueue(prisma, tenant.id, queue!.id)).rejects.toMatchObject({ code: "IN_USE", details: { flows: [{ id: flow.id, name: "Main line" }] } });
    await updateQueue(prisma, tenant.id, queue!.id, { name: "Helpdesk" });
    await updateExtension(prisma, tenant.id, extension!.id, { name: "Front desk" });
    await expect(deleteQueue(prisma, tenant.id, queue!.id)).rejects.toMatchObject({ code: "IN_USE" });
    expect(await getQueue(forTenant(prisma, tenant.id), queue!.id)).toMatchObject({ name: "Helpdesk", members: [{ extension: { number: "120", name: "Front desk" } }] });
  });
});

describe("queues", () => {
  it("stores members in order with penalties and checks every reference", async () => {
    const [a, b] = await Promise.all([createTestTenant(prisma, "QA"), createTestTenant(prisma, "QB")]);
    const first = (await createExtension(prisma, a.tenant.id, { number: "101", name: "Anna" })).extension!;
    const second = (await createExtension(prisma, a.tenant.id, { number: "102", name: "Piotr", voicemailEnabled: true })).extension!;
    const foreign = (await createExtension(prisma, b.tenant.id, { number: "101", name: "Theirs" })).extension!;
    const queue = await createQueue(prisma, a.tenant.id, {
      ...queueDefaults, name: " Sales ", strategy: "roundRobin", overflowAction: "voicemail", overflowTarget: "102",
      members: [{ extensionId: second.id, penalty: 0 }, { extensionId: first.id, penalty: 2 }],
    });
    expect(queue).toMatchObject({ name: "Sales", strategy: "roundRobin", members: [{ extension: { number: "102" }, position: 0 }, { extension: { number: "101" }, penalty: 2, position: 1 }] });
    const refuse = (input: Partial<QueueInput>, field: string) =>
      expect(createQueue(prisma, a.tenant.id, { ...queueDefaults, name: `Q${Math.random()}`, members: [], ...input })).rejects.toMatchObject({ details: { field } });
    await refuse({ members: [{ extensionId: foreign.id, penalty: 0 }] }, "members");
    await refuse({ members: [{ extensionId: first.id, penalty: 0 }, { extensionId: first.id, penalty: 1 }] }, "members");
    await refuse({ overflowAction: "voicemail", overflowTarget: "101" }, "overflowTarget");
    await refuse({ overflowAction: "queue", overflowTarget: "nope" }, "overflowTarget");
    await refuse({ overflowAction: "extension", overflowTarget: null }, "overflowTarget");
    await refuse({ holdMusic: ["not-ours"] }, "holdMusic");
    await expect(createQueue(prisma, a.tenant.id, { ...queueDefaults, name: "sales".replace("s", "S"), members: [] })).rejects.toMatchObject({ code: "DUPLICATE" });
    expect(await prisma.queue.count({ where: { tenantId: a.tenant.id } })).toBe(1);
    await expect(updateQueue(prisma, b.tenant.id, queue!.id, { name: "Hijack" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteQueue(prisma, b.tenant.id, queue!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await createQueue(prisma, a.tenant.id, { ...queueDefaults, name: "Overflow", overflowAction: "queue", overflowTarget: queue!.id, members: [] });
    await expect(deleteQueue(prisma, a.tenant.id, queue!.id)).rejects.toMatchObject({ code: "IN_USE", details: { queues: [{ id: other!.id }] } });
    await expect(deleteExtension(prisma, a.tenant.id, second.id)).rejects.toMatchObject({ code: "IN_USE", details: { queues: [{ id: queue!.id }] } });
  });
});
