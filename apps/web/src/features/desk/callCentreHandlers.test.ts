import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCallCentreChangeHub, createExtension, createPrismaClient, forTenant, notifyCallCentreChanged, readDatabaseUrl, SCOPED_TENANT } from "@centrala/db";
import { seedAcdState } from "@centrala/db/testing";
import type { ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { signUp } from "../auth/signUp";
import { streamCallCentreChanges } from "../live/streamCallCentreChanges";
import { handleGetWallboard, handleSupervise } from "../wallboard/handleWallboard";
import type { WallboardView } from "../wallboard/wallboardTypes";
import type { DeskView } from "./deskTypes";
import { handleDeskAction, handleEndDeskWrapUp, handleGetCallAction, handleGetDesk, handleSetDeskPresence } from "./handleDesk";

vi.mock("server-only", () => ({}));

// The desk's and the wallboard's routes against a real PostgreSQL: each member sees and acts on
// their own tenant's call centre only; the wallboard's figures come from the dispatcher's state.
const prisma = createPrismaClient(undefined, 4);
afterAll(() => prisma.$disconnect());

async function createOwner(locale: "en" | "pl" = "en"): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName: "Biuro", name: "Ewa Nowak", email: `cc-${randomUUID()}@example.com`, password: "Haslo-12345" }, locale);
  if (!result.ok) throw new Error("sign-up failed in test setup");
  return { userId: result.userId, tenantId: result.tenantId, role: "owner", locale };
}
const body = <T>(result: ApiResult) => result.body as T;
const errorOf = (result: ApiResult) => (result.body as { error: { code: string; message: string } }).error;

/** A tenant with a queue "Support", the owner linked to extension 101 (an agent of it), and 102 unlinked. */
async function createCallCentre(locale: "en" | "pl" = "en") {
  const session = await createOwner(locale);
  const own = (await createExtension(prisma, session.tenantId, { number: "101", name: "Ewa", userId: session.userId })).extension!;
  const colleague = (await createExtension(prisma, session.tenantId, { number: "102", name: "Jan" })).extension!;
  const queue = await forTenant(prisma, session.tenantId).queue.create({ data: { tenantId: SCOPED_TENANT, name: "Support" }, select: { id: true } });
  for (const [position, extensionId] of [own.id, colleague.id].entries()) {
    await forTenant(prisma, session.tenantId).queueMember.create({ data: { tenantId: SCOPED_TENANT, queueId: queue.id, extensionId, position } });
  }
  return { session, own, colleague, queueId: queue.id };
}

let a: Awaited<ReturnType<typeof createCallCentre>>;
let b: Awaited<ReturnType<typeof createCallCentre>>;
const callerSid = `caller-${randomUUID()}`;

beforeAll(async () => {
  a = await createCallCentre();
  b = await createCallCentre("pl");
  // Tenant A: caller 1 answered by 101 after 4 s, caller 2 by 102 after 16 s, caller 3 abandons;
  // the caller on the line with 101 now (callerSid) waited 2 s. Service level 10 s.
  await seedAcdState(prisma, a.session.tenantId, [
    { type: "queue", queueId: a.queueId, agents: [a.own.id, a.colleague.id], settings: { serviceLevelSeconds: 10, wrapUpSeconds: 0, strategy: "sequential" } },
    { type: "login", agentId: a.own.id },
    { type: "join", callerId: "c1", queueId: a.queueId },
    { type: "advance", seconds: 4 },
    { type: "connect", agentId: a.own.id },
    { type: "end", agentId: a.own.id },
    { type: "join", callerId: "c2", queueId: a.queueId },
    { type: "join", callerId: "c3", queueId: a.queueId },
    { type: "advance", seconds: 16 },
    { type: "connect", agentId: a.own.id },
    { type: "abandon", callerId: "c3" },
    { type: "end", agentId: a.own.id },
    { type: "join", callerId: callerSid, queueId: a.queueId },
    { type: "advance", seconds: 2 },
    { type: "connect", agentId: a.own.id },
  ]);
  await prisma.call.create({ data: { tenantId: a.session.tenantId, callSid: callerSid, fromNumber: "+48601234567", toNumber: "+48221234567" } });
});

describe("the wallboard", () => {
  it("shows per queue answered, abandoned, the service level and the average speed of answer", async () => {
    const view = body<WallboardView>(await handleGetWallboard(prisma, a.session));
    expect(view.queues).toHaveLength(1);
    const [support] = view.queues;
    // Answered after 4 s, 16 s and 2 s: 2 of 3 within 10 s; the average is 22 / 3 s.
    expect(support).toMatchObject({ name: "Support", answered: 3, abandoned: 1, waiting: 0 });
    expect(support!.serviceLevelPercent).toBeCloseTo(200 / 3, 1);
    expect(support!.averageAnswerSeconds).toBeCloseTo(22 / 3, 1);
    const own = view.agents.find((agent) => agent.extension === "101");
    expect(own).toMatchObject({ status: "onCall", callerId: callerSid, callerNumber: "+48601234567", queueName: "Support", answered: 3 });
  });

  it("another tenant sees none of it", async () => {
    const view = body<WallboardView>(await handleGetWallboard(prisma, b.session));
    expect(view.queues.map((q) => q.queueId)).toEqual([b.queueId]);
    expect(view.queues[0]).toMatchObject({ answered: 0, waiting: 0 });
    expect(view.agents.every((agent) => agent.callerId === null)).toBe(true);
    expect(JSON.stringify(view)).not.toContain(callerSid);
  });

  it("a supervisor joins a live call of their own tenant only, from their own extension", async () => {
    const result = await handleSupervise(prisma, a.session, { callSid: callerSid, mode: "whisper" });
    expect(result.status).toBe(202);
    const { action } = body<{ action: { id: string; kind: string } }>(result);
    const row = await prisma.callAction.findUniqueOrThrow({ where: { id: action.id } });
    expect(row).toMatchObject({ tenantId: a.session.tenantId, callSid: callerSid, kind: "supervise", params: { mode: "whisper", supervisorExtension: "101" } });
    const other = await handleSupervise(prisma, b.session, { callSid: callerSid, mode: "listen" });
    expect(other.status).toBe(404);
    expect(await prisma.callAction.count({ where: { callSid: callerSid, tenantId: b.session.tenantId } })).toBe(0);
    // Nor may they read how A's action went.
    expect((await handleGetCallAction(prisma, b.session, action.id)).status).toBe(404);
    expect(body<{ action: { status: string } }>(await handleGetCallAction(prisma, a.session, action.id)).action.status).toBe("pending");
  });

  it("refuses a bad mode, naming the field", async () => {
    const result = await handleSupervise(prisma, a.session, { callSid: callerSid, mode: "shout" });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toContain("mode");
  });
});

describe("the desk", () => {
  it("shows the member's own call: caller number, queue, and today's figures", async () => {
    const view = body<DeskView>(await handleGetDesk(prisma, a.session));
    expect(view.extension).toMatchObject({ number: "101" });
    expect(view.agent).toMatchObject({ status: "onCall" });
    expect(view.call).toMatchObject({ callerSid, from: "+48601234567", queueName: "Support" });
    expect(view.queues).toEqual([{ id: a.queueId, name: "Support" }]);
  });

  it("transfers only the member's own call; another tenant's agent has no call to act on", async () => {
    const result = await handleDeskAction(prisma, a.session, { action: { kind: "transfer", mode: "blind", target: { type: "extension", number: "102" } } });
    expect(result.status).toBe(202);
    expect(await prisma.callAction.count({ where: { callSid: callerSid, kind: "transfer" } })).toBe(1);
    const other = await handleDeskAction(prisma, b.session, { action: { kind: "transfer", mode: "blind", target: { type: "extension", number: "102" } } });
    expect(other.status).toBe(409);
    expect(errorOf(other).message).toContain("rozmowy");
    expect(await prisma.callAction.count({ where: { tenantId: b.session.tenantId } })).toBe(0);
  });

  it("refuses a transfer to an extension that does not exist, and supervising from the desk", async () => {
    const missing = await handleDeskAction(prisma, a.session, { action: { kind: "transfer", mode: "blind", target: { type: "extension", number: "999" } } });
    expect(missing.status).toBe(404);
    const supervise = await handleDeskAction(prisma, a.session, { action: { kind: "supervise", mode: "listen", supervisorExtension: "101" } });
    expect(supervise.status).toBe(400);
  });

  it("sets the member's own presence (stored for their extension only) and tells the dispatcher", async () => {
    const result = await handleSetDeskPresence(prisma, b.session, { status: "away", awayReason: "Obiad" });
    expect(result.status).toBe(200);
    expect(await prisma.agentPresence.findUnique({ where: { extensionId: b.own.id } })).toMatchObject({ status: "away", awayReason: "Obiad", tenantId: b.session.tenantId });
    const inbox = await prisma.$queryRaw<{ event: { type: string; agentId: string } }[]>`SELECT event FROM "AcdInbox" WHERE "tenantId" = ${b.session.tenantId}`;
    expect(inbox.map((row) => row.event)).toContainEqual(expect.objectContaining({ type: "agentAway", agentId: b.own.id }));
    expect(await prisma.agentPresence.findUnique({ where: { extensionId: a.own.id } })).toBeNull();
    const bad = await handleSetDeskPresence(prisma, b.session, { status: "asleep" });
    expect(bad.status).toBe(400);
    expect((await handleEndDeskWrapUp(prisma, b.session)).status).toBe(200);
  });

  it("a member without an extension gets an empty desk and is told to ask an admin", async () => {
    const lonely = await createOwner();
    const view = body<DeskView>(await handleGetDesk(prisma, lonely));
    expect(view).toMatchObject({ extension: null, call: null });
    const result = await handleSetDeskPresence(prisma, lonely, { status: "available" });
    expect(result.status).toBe(409);
    expect(errorOf(result).message).toMatch(/ask an admin to link you to an extension/);
    expect((await handleDeskAction(prisma, lonely, { action: { kind: "record", action: "start" } })).status).toBe(409);
  });
});

describe("the live stream (Server-Sent Events)", () => {
  it("says ready, then changed within a second of a NOTIFY for the tenant, never for another; and lets go when the client leaves", async () => {
    const hub = createCallCentreChangeHub(readDatabaseUrl());
    try {
      const abort = new AbortController();
      const response = await streamCallCentreChanges(hub, a.session.tenantId, abort.signal);
      expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = "";
      const readUntil = async (needle: string, ms = 1000) => {
        const end = Date.now() + ms;
        while (!text.includes(needle)) {
          const left = end - Date.now();
          if (left <= 0) throw new Error(`no "${needle}" within ${ms} ms; got ${JSON.stringify(text)}`);
          const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), left))]);
          if (chunk && !chunk.done) text += decoder.decode(chunk.value);
        }
      };
      await readUntil("event: ready");
      await notifyCallCentreChanged(prisma, b.session.tenantId);
      await new Promise((r) => setTimeout(r, 300));
      await notifyCallCentreChanged(prisma, a.session.tenantId);
      const started = Date.now();
      await readUntil("event: changed");
      expect(Date.now() - started).toBeLessThan(1000);
      expect(text.match(/event: changed/g)).toHaveLength(1);
      expect(hub.size).toBe(1);
      abort.abort();
      expect(hub.size).toBe(0);
    } finally {
      await hub.close();
    }
  });
});
