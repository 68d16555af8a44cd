import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./createPrismaClient";
import { CrossTenantError, forTenant, SCOPED_TENANT, TENANT_OWNED_MODELS } from "./forTenant";
import { createFlow, deleteFlow, getFlow, listFlows, listFlowVersions, publishFlowVersion, renameFlow, saveFlowDraft } from "./flows";
import { DomainError } from "./errors";
import { createTestTenant } from "./testing/createTestTenant";

let prisma: Db;
let a: Awaited<ReturnType<typeof createTestTenant>>;
let b: Awaited<ReturnType<typeof createTestTenant>>;
const draft = { version: 1, nodes: [], edges: [] };

beforeAll(async () => {
  prisma = createPrismaClient(undefined, 3);
  a = await createTestTenant(prisma, "Alpha");
  b = await createTestTenant(prisma, "Beta");
});
afterAll(async () => prisma.$disconnect());

describe("flows are scoped to their tenant", () => {
  it("another tenant can neither list, read, rename, save, publish nor delete a flow", async () => {
    const dbA = forTenant(prisma, a.tenant.id);
    const dbB = forTenant(prisma, b.tenant.id);
    const flow = await createFlow(dbA, { name: "Reception", draft, userId: a.user.id });

    expect((await listFlows(dbA)).map((f) => f.id)).toContain(flow.id);
    expect((await listFlows(dbB)).map((f) => f.id)).not.toContain(flow.id);
    expect(await getFlow(dbB, flow.id)).toBeNull();
    await expect(renameFlow(dbB, flow.id, "Hijacked")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveFlowDraft(dbB, flow.id, { draft: { version: 1, nodes: [1], edges: [] }, expectedRevision: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publishFlowVersion(dbB, flow.id, { source: draft, ir: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listFlowVersions(dbB, flow.id)).toEqual([]);
    await expect(deleteFlow(dbB, flow.id)).rejects.toBeInstanceOf(DomainError);

    const still = await getFlow(dbA, flow.id);
    expect(still?.name).toBe("Reception");
    expect(still?.draft).toEqual(draft);
  });

  it("search finds the tenant's own flows only", async () => {
    const dbA = forTenant(prisma, a.tenant.id);
    const dbB = forTenant(prisma, b.tenant.id);
    await createFlow(dbA, { name: "Night line Alpha", draft });
    await createFlow(dbB, { name: "Night line Beta", draft });
    expect((await listFlows(dbA, "night line")).map((f) => f.name)).toEqual(["Night line Alpha"]);
  });
});

describe("drafts and versions", () => {
  it("a stale revision is a conflict and keeps the newer draft", async () => {
    const db = forTenant(prisma, a.tenant.id);
    const flow = await createFlow(db, { name: "Conflicts", draft });
    const first = await saveFlowDraft(db, flow.id, { draft: { ...draft, note: "tab 1" }, expectedRevision: 0 });
    expect(first.revision).toBe(1);
    await expect(saveFlowDraft(db, flow.id, { draft: { ...draft, note: "tab 2" }, expectedRevision: 0 })).rejects.toMatchObject({ code: "DRAFT_CONFLICT" });
    expect((await getFlow(db, flow.id))?.draft).toEqual({ ...draft, note: "tab 1" });
  });

  it("publishing numbers versions and makes the newest live", async () => {
    const db = forTenant(prisma, a.tenant.id);
    const flow = await createFlow(db, { name: "Versions", draft });
    const v1 = await publishFlowVersion(db, flow.id, { source: draft, ir: { v: 1 }, note: "first" });
    const v2 = await publishFlowVersion(db, flow.id, { source: draft, ir: { v: 2 }, note: "second" });
    expect([v1.number, v2.number]).toEqual([1, 2]);
    expect((await getFlow(db, flow.id))?.publishedVersionId).toBe(v2.id);
    expect((await listFlowVersions(db, flow.id)).map((v) => v.note)).toEqual(["second", "first"]);
  });
});

describe("forTenant guards every tenant-owned model", () => {
  it("lists every model that has a tenantId column", async () => {
    const rows = await prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns WHERE column_name = 'tenantId' AND table_schema = current_schema()`;
    expect(rows.map((r) => r.table_name).sort()).toEqual([...TENANT_OWNED_MODELS].sort());
  });

  it("refuses models that are not tenant-owned and writes that name another tenant", async () => {
    const dbB = forTenant(prisma, b.tenant.id) as unknown as Db;
    await expect(dbB.user.findMany()).rejects.toBeInstanceOf(CrossTenantError);
    await expect(dbB.tenant.findMany()).rejects.toBeInstanceOf(CrossTenantError);
    await expect(
      forTenant(prisma, b.tenant.id).prompt.create({ data: { name: "x", tenantId: a.tenant.id } }),
    ).rejects.toBeInstanceOf(CrossTenantError);
    await expect(
      forTenant(prisma, b.tenant.id).prompt.updateMany({ data: { tenantId: a.tenant.id } }),
    ).rejects.toBeInstanceOf(CrossTenantError);
  });

  it("hides, protects and stamps rows of a plain model (prompts) per tenant", async () => {
    const dbA = forTenant(prisma, a.tenant.id);
    const dbB = forTenant(prisma, b.tenant.id);
    const prompt = await dbA.prompt.create({ data: { name: "Welcome", ttsText: "Hello", tenantId: SCOPED_TENANT } });
    expect(prompt.tenantId).toBe(a.tenant.id);
    expect(await dbB.prompt.findUnique({ where: { id: prompt.id } })).toBeNull();
    expect(await dbB.prompt.count({ where: { id: prompt.id } })).toBe(0);
    expect((await dbB.prompt.updateMany({ where: { id: prompt.id }, data: { name: "Pwned" } })).count).toBe(0);
    await expect(dbB.prompt.update({ where: { id: prompt.id }, data: { name: "Pwned" } })).rejects.toThrow();
    await expect(dbB.prompt.delete({ where: { id: prompt.id } })).rejects.toThrow();
    expect((await dbB.prompt.deleteMany({})).count).toBe(0);
    expect((await dbA.prompt.findUnique({ where: { id: prompt.id } }))?.name).toBe("Welcome");
  });
});
