import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@centrala/db";
import type { ApiSession } from "../api/ApiSession";
import { signUp } from "../auth/signUp";
import { handleCreateFlow, handleListFlows } from "./handleFlowsCollection";
import { handleDeleteFlow, handleGetFlow, handlePatchFlow } from "./handleFlowItem";

vi.mock("server-only", () => ({}));

const prisma = createPrismaClient(undefined, 2);
afterAll(() => prisma.$disconnect());

async function createSession(locale: "en" | "pl" = "en"): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName: "T", name: "N", email: `api-${randomUUID()}@example.com`, password: "Haslo-12345" }, locale);
  if (!result.ok) throw new Error("sign-up failed in test setup");
  return { userId: result.userId, tenantId: result.tenantId, role: "owner", locale };
}

let owner: ApiSession;
let stranger: ApiSession;
let flowId = "";

beforeAll(async () => {
  owner = await createSession();
  stranger = await createSession("pl");
  const created = await handleCreateFlow(prisma, owner, { name: "  Linia główna " });
  expect(created.status).toBe(201);
  flowId = (created.body as { flow: { id: string } }).flow.id;
});

describe("flow API handlers", () => {
  it("creates a draft flow with a blank document and lists it for its tenant only", async () => {
    const got = await handleGetFlow(prisma, owner, flowId);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ flow: { id: flowId, name: "Linia główna", state: "draft", publishedVersion: null, numbers: [], draft: { version: 3 } } });
    expect((await handleListFlows(prisma, owner)).body).toMatchObject({ flows: [{ id: flowId }] });
    expect((await handleListFlows(prisma, stranger)).body).toEqual({ flows: [] });
  });

  it("answers 404 to another tenant for read, rename and delete, and changes nothing", async () => {
    expect((await handleGetFlow(prisma, stranger, flowId)).status).toBe(404);
    expect((await handlePatchFlow(prisma, stranger, flowId, { name: "Hijacked" })).status).toBe(404);
    expect((await handlePatchFlow(prisma, stranger, flowId, { name: "" })).status).toBe(404);
    expect((await handleDeleteFlow(prisma, stranger, flowId)).status).toBe(404);
    expect((await handleGetFlow(prisma, owner, flowId)).body).toMatchObject({ flow: { name: "Linia główna" } });
  });

  it("renames for the owner and rejects a bad body with a clear 400", async () => {
    const renamed = await handlePatchFlow(prisma, owner, flowId, { name: "Po godzinach" });
    expect(renamed).toMatchObject({ status: 200, body: { flow: { name: "Po godzinach" } } });
    expect(await handlePatchFlow(prisma, owner, flowId, { name: "   " })).toEqual({
      status: 400,
      body: { error: { code: "VALIDATION", message: "The request body is not valid", issues: [{ path: "name", message: "This field is required." }] } },
    });
    const unknownField = await handlePatchFlow(prisma, owner, flowId, { name: "X", colour: "red" });
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(unknownField.body)).toContain("colour");
    expect((await handlePatchFlow(prisma, owner, flowId, undefined)).body).toMatchObject({ error: { code: "INVALID_JSON" } });
  });

  it("translates validation messages into the caller's language", async () => {
    const polish = { ...owner, locale: "pl" as const };
    const result = await handleCreateFlow(prisma, polish, { name: "" });
    expect(result.body).toMatchObject({ error: { issues: [{ path: "name", message: "To pole jest wymagane." }] } });
  });

  it("deletes for the owner; afterwards the flow is gone", async () => {
    expect(await handleDeleteFlow(prisma, owner, flowId)).toEqual({ status: 200, body: { id: flowId, deleted: true } });
    expect((await handleGetFlow(prisma, owner, flowId)).status).toBe(404);
    expect((await handleDeleteFlow(prisma, owner, flowId)).status).toBe(404);
  });
});
