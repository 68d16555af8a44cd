import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, createPrompt, forTenant, SCOPED_TENANT } from "@centrala/db";
import type { ApiSession } from "../../api/ApiSession";
import { signUp } from "../../auth/signUp";
import { handleGetQueueHoldMusic, handlePutQueueHoldMusic } from "./handleQueueHoldMusic";

vi.mock("server-only", () => ({}));

const prisma = createPrismaClient(undefined, 2);
afterAll(() => prisma.$disconnect());

async function createSession(): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName: "Hold", name: "Ola", email: `hold-${randomUUID()}@example.com`, password: "Haslo-12345" }, "en");
  if (!result.ok) throw new Error("sign-up failed");
  return { userId: result.userId, tenantId: result.tenantId, role: "owner", locale: "en" };
}

let owner: ApiSession;
let stranger: ApiSession;
let queueId = "";
let promptId = "";

beforeAll(async () => {
  [owner, stranger] = await Promise.all([createSession(), createSession()]);
  const db = forTenant(prisma, owner.tenantId);
  queueId = (await db.queue.create({ data: { name: "support", tenantId: SCOPED_TENANT } })).id;
  promptId = (await createPrompt(db, { name: "Song" })).id;
  await db.promptVariant.create({
    data: {
      promptId, language: "pl", revision: "r1", originalKey: "k1", originalName: "song.mp3", originalMime: "audio/mpeg", originalSizeBytes: 1,
      normalisedKey: "k2", sizeBytes: 1, durationMs: 60_000, sampleRate: 16_000, contentHash: "h", tenantId: SCOPED_TENANT,
    },
  });
});

describe("queue music on hold API", () => {
  it("starts on the default melody, takes a playlist, and goes back to the default", async () => {
    expect((await handleGetQueueHoldMusic(prisma, owner, queueId)).body).toEqual({ usesDefault: true, tracks: [] });
    const set = await handlePutQueueHoldMusic(prisma, owner, queueId, { promptIds: [promptId] });
    expect(set.body).toEqual({ usesDefault: false, tracks: [{ promptId, name: "Song", languages: ["pl"], durationMs: 60_000 }] });
    expect((await handlePutQueueHoldMusic(prisma, owner, queueId, { promptIds: [] })).body).toMatchObject({ usesDefault: true });
    expect((await handlePutQueueHoldMusic(prisma, owner, queueId, { promptIds: "x" })).status).toBe(400);
    expect((await handlePutQueueHoldMusic(prisma, owner, queueId, { promptIds: ["missing"] })).status).toBe(404);
  });

  it("answers 404 to another tenant (its queue, or our prompt in its queue)", async () => {
    expect((await handleGetQueueHoldMusic(prisma, stranger, queueId)).status).toBe(404);
    expect((await handlePutQueueHoldMusic(prisma, stranger, queueId, { promptIds: [] })).status).toBe(404);
    const theirQueue = (await forTenant(prisma, stranger.tenantId).queue.create({ data: { name: "theirs", tenantId: SCOPED_TENANT } })).id;
    expect((await handlePutQueueHoldMusic(prisma, stranger, theirQueue, { promptIds: [promptId] })).status).toBe(404);
  });
});
