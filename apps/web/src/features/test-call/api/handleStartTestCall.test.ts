import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@centrala/db";
import type { ApiSession } from "../../api/ApiSession";
import { signUp } from "../../auth/signUp";
import { createTestDocument } from "../../editor/document/testDocument";
import { handleCreateFlow } from "../../flows/handleFlowsCollection";
import { handleStartTestCall } from "./handleStartTestCall";

vi.mock("server-only", () => ({}));
// The handler reads the web app's environment (the runtime address it hands the browser).
vi.stubEnv("AUTH_SECRET", "test-call-handler-secret-0123456789");
vi.stubEnv("TEST_CALL_WS_URL", "ws://127.0.0.1:3999/jambonz");

const prisma = createPrismaClient(undefined, 2);
afterAll(() => prisma.$disconnect());

async function createSession(): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName: "Test calls", name: "Ola Test", email: `testcall-${randomUUID()}@example.com`, password: "Haslo-12345" }, "en");
  if (!result.ok) throw new Error("sign-up failed in test setup");
  return { userId: result.userId, tenantId: result.tenantId, role: "owner", locale: "en" };
}

/** The test flow with an exit for every menu key and for silence, so it compiles. */
function createCallableDocument() {
  const doc = createTestDocument();
  doc.nodes.push({ id: "bye", kind: "hangup", position: { x: 0, y: 450 }, data: {} });
  doc.edges.push({ id: "e4", source: "menu", sourcePort: "noInput", target: "bye" });
  return doc;
}

let owner: ApiSession;
let stranger: ApiSession;
let flowId = "";

beforeAll(async () => {
  [owner, stranger] = await Promise.all([createSession(), createSession()]);
  const created = await handleCreateFlow(prisma, owner, { name: "Time travel" });
  flowId = (created.body as { flow: { id: string } }).flow.id;
});

describe("POST /api/flows/[id]/test-call", () => {
  it("stores the moment a test call runs “as if” at, for the runtime to read", async () => {
    const started = await handleStartTestCall(prisma, owner, flowId, { draft: createCallableDocument(), at: "2026-12-24T19:00:00+01:00" });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ at: "2026-12-24T18:00:00.000Z", wsUrl: expect.stringMatching(/\/test\/[\w-]{20,}$/) });
    const session = await prisma.testSession.findFirstOrThrow({ where: { flowId }, orderBy: { createdAt: "desc" } });
    expect(session.at?.toISOString()).toBe("2026-12-24T18:00:00.000Z");
    expect(session.tenantId).toBe(owner.tenantId);
  });

  it("runs at the real time when no moment is given", async () => {
    const started = await handleStartTestCall(prisma, owner, flowId, { draft: createCallableDocument() });
    expect(started.body).toMatchObject({ at: null });
  });

  it("refuses a moment that is not a date and time, in plain words, and opens no session", async () => {
    const count = await prisma.testSession.count({ where: { flowId } });
    const refused = await handleStartTestCall(prisma, { ...owner, locale: "pl" }, flowId, { draft: createCallableDocument(), at: "Saturday evening" });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: "INVALID_TEST_CALL", message: "Chwila, w której ma się odbyć test, nie jest poprawną datą i godziną." } } });
    expect(await prisma.testSession.count({ where: { flowId } })).toBe(count);
  });

  it("answers 404 to another tenant and stores nothing", async () => {
    const count = await prisma.testSession.count({ where: { flowId } });
    expect((await handleStartTestCall(prisma, stranger, flowId, { draft: createCallableDocument(), at: "2026-12-24T19:00:00+01:00" })).status).toBe(404);
    expect(await prisma.testSession.count({ where: { flowId } })).toBe(count);
  });
});
