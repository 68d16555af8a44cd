import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@centrala/db";
import type { ApiSession } from "../../api/ApiSession";
import { signUp } from "../../auth/signUp";
import { handleCreateFlow } from "../../flows/handleFlowsCollection";
import { createTestDocument } from "../document/testDocument";
import { handlePublish } from "./handlePublish";
import { handleSaveDraft } from "./handleSaveDraft";
import { handleGetVersion, handleListVersions } from "./handleVersions";

vi.mock("server-only", () => ({}));

// Runs against a real PostgreSQL (DATABASE_URL), like every database test.
const prisma = createPrismaClient(undefined, 2);
afterAll(() => prisma.$disconnect());

async function createSession(): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName: "Editor", name: "Ewa Nowak", email: `editor-${randomUUID()}@example.com`, password: "Haslo-12345" }, "en");
  if (!result.ok) throw new Error("sign-up failed in test setup");
  return { userId: result.userId, tenantId: result.tenantId, role: "owner", locale: "en" };
}

let owner: ApiSession;
let stranger: ApiSession;
let flowId = "";

beforeAll(async () => {
  [owner, stranger] = await Promise.all([createSession(), createSession()]);
  const created = await handleCreateFlow(prisma, owner, { name: "Reception" });
  flowId = (created.body as { flow: { id: string } }).flow.id;
});

describe("editor API handlers", () => {
  it("saves on top of the revision it started from and refuses a stale one with 409", async () => {
    const doc = createTestDocument();
    expect(await handleSaveDraft(prisma, owner, flowId, { draft: doc, revision: 0 })).toEqual({ status: 200, body: { revision: 1 } });
    const stale = await handleSaveDraft(prisma, owner, flowId, { draft: doc, revision: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ currentRevision: 1, updatedAt: expect.any(String) });
    expect((await handleSaveDraft(prisma, owner, flowId, { draft: { version: 1, nodes: "x" }, revision: 1 })).status).toBe(400);
  });

  it("refuses a draft over the flow's own limits (a 10 MB prompt text) in the person's language, keeping the saved one", async () => {
    const created = await handleCreateFlow(prisma, owner, { name: "Limits" });
    const limitsFlowId = (created.body as { flow: { id: string } }).flow.id;
    expect((await handleSaveDraft(prisma, owner, limitsFlowId, { draft: createTestDocument(), revision: 0 })).status).toBe(200);
    const before = await prisma.flow.findUniqueOrThrow({ where: { id: limitsFlowId }, select: { draft: true, draftRevision: true } });
    const huge = createTestDocument();
    huge.nodes = huge.nodes.map((node) => (node.kind === "menu" ? { ...node, data: { ...node.data, prompt: { type: "tts", text: "a".repeat(10 * 1024 * 1024), language: "pl-PL" } } } : node));
    const refused = await handleSaveDraft(prisma, owner, limitsFlowId, { draft: huge, revision: before.draftRevision });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ error: { code: "FLOW_TOO_LARGE", message: "The settings of “Main menu” are too large (more than 100 KB). Shorten its texts or lists." } });
    const polish = await handleSaveDraft(prisma, { ...owner, locale: "pl" }, limitsFlowId, { draft: huge, revision: before.draftRevision });
    expect(polish.body).toMatchObject({ error: { message: "Ustawienia kroku „Main menu” są zbyt duże (ponad 100 KB). Skróć teksty lub listy." } });
    const after = await prisma.flow.findUniqueOrThrow({ where: { id: limitsFlowId }, select: { draft: true, draftRevision: true } });
    expect(after).toEqual(before);
    // Another tenant learns nothing from an oversize body either.
    expect((await handleSaveDraft(prisma, stranger, limitsFlowId, { draft: huge, revision: 1 })).status).toBe(404);
    // An unfinished draft within the limits still saves (limits are not the publish checks).
    const unfinished = createTestDocument();
    unfinished.nodes.push({ id: "later", kind: "queue", position: { x: 0, y: 600 }, data: {} });
    expect((await handleSaveDraft(prisma, owner, limitsFlowId, { draft: unfinished, revision: before.draftRevision })).status).toBe(200);
  });

  it("answers 404 for another tenant's flow, whatever the body", async () => {
    expect((await handleSaveDraft(prisma, stranger, flowId, { draft: createTestDocument(), revision: 1 })).status).toBe(404);
    expect((await handleSaveDraft(prisma, stranger, flowId, { nonsense: true })).status).toBe(404);
    expect((await handlePublish(prisma, stranger, flowId, { note: "" })).status).toBe(404);
    expect((await handleListVersions(prisma, stranger, flowId)).status).toBe(404);
  });

  it("refuses to publish a flow with errors, naming them, then publishes and rolls back", async () => {
    const refused = await handlePublish(prisma, owner, flowId, { note: "try", revision: 1 });
    expect(refused.status).toBe(422);
    expect((refused.body as { problems: { code: string }[] }).problems.map((problem) => problem.code)).toContain("FLOW030");

    const doc = createTestDocument();
    doc.nodes.push({ id: "bye", kind: "hangup", position: { x: 0, y: 450 }, data: {} });
    doc.edges.push({ id: "e4", source: "menu", sourcePort: "noInput", target: "bye" });
    expect((await handleSaveDraft(prisma, owner, flowId, { draft: doc, revision: 1 })).status).toBe(200);
    expect((await handlePublish(prisma, owner, flowId, { note: "first", revision: 1 })).status).toBe(409);
    expect(await handlePublish(prisma, owner, flowId, { note: "first", revision: 2 })).toMatchObject({ status: 201, body: { version: { number: 1 } } });

    doc.nodes = doc.nodes.map((node) => (node.id === "sales" ? { ...node, label: "Sales team" } : node));
    await handleSaveDraft(prisma, owner, flowId, { draft: doc, revision: 2 });
    await handlePublish(prisma, owner, flowId, { note: "second", revision: 3 });
    expect(await handlePublish(prisma, owner, flowId, { note: "Rolled back", fromVersion: 1 })).toMatchObject({ status: 201, body: { version: { number: 3 } } });

    const list = await handleListVersions(prisma, owner, flowId);
    expect(list.body).toMatchObject({ liveNumber: 3, versions: [{ number: 3, publishedBy: "Ewa Nowak" }, { number: 2 }, { number: 1, note: "first" }] });
    const [v1, v3] = await Promise.all([handleGetVersion(prisma, owner, flowId, "1"), handleGetVersion(prisma, owner, flowId, "3")]);
    expect((v3.body as { document: unknown }).document).toEqual((v1.body as { document: unknown }).document);
  });
});
