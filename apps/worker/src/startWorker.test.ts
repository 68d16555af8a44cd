import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PgBoss from "pg-boss";
import { SMTPServer } from "smtp-server";
import { createExtension, createPrismaClient, forTenant, readDatabaseUrl, SCOPED_TENANT, type Db } from "@centrala/db";
import { createTestTenant } from "@centrala/db/testing";
import { enqueueEmail, installJobQueues, jobDefinitions } from "@centrala/jobs";
import { createMailTransport } from "@centrala/mail";
import { buildRecordingKey, createLocalStorage } from "@centrala/media";
import { deliverEmail } from "./jobs/deliverEmail";
import { startWorker } from "./startWorker";

// The worker against the real database and a real SMTP server on loopback (smtp-server), on a job
// queue schema of its own so it never takes the jobs other test files queue (and read back).
const jobSchema = "pgboss_worker_test";
const smtpPort = 3463;
const inbox: { to: string[]; data: string }[] = [];
let smtp: SMTPServer;
let prisma: Db;
let worker: Awaited<ReturnType<typeof startWorker>>;
const mediaDir = mkdtempSync(path.join(os.tmpdir(), "centrala-worker-media-"));
const mediaStorage = createLocalStorage(mediaDir);

async function waitFor<T>(read: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => { inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString("utf8") }); callback(); });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  prisma = createPrismaClient(undefined, 3);
  worker = await startWorker({
    databaseUrl: readDatabaseUrl(), smtpUrl: `smtp://127.0.0.1:${smtpPort}`, mailFrom: "Centrala <no-reply@centrala.test>",
    publicWebUrl: "https://centrala.test", pollingIntervalSeconds: 0.5, sweepEveryMs: 60_000, jobSchema, mediaStorage,
  });
});
afterAll(async () => {
  await worker?.stop();
  await prisma?.$disconnect();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(mediaDir, { recursive: true, force: true });
});

describe("worker", () => {
  it("installs its queues with retries and backoff", async () => {
    await installJobQueues(readDatabaseUrl(), jobSchema);
    const boss = new PgBoss({ connectionString: readDatabaseUrl(), schema: jobSchema, max: 1 });
    await boss.start();
    try {
      expect(await boss.getQueue(jobDefinitions.sendEmail.queue)).toMatchObject({ retryLimit: 5, retryDelay: 30, retryBackoff: true });
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  it("delivers an outbox message over SMTP and keeps no copy of its body", async () => {
    const to = `p-${randomBytes(4).toString("hex")}@example.test`;
    const id = await prisma.$transaction((tx) => enqueueEmail(tx, { tenantId: null, toEmail: to, subject: "Hello", text: "Link: https://centrala.test/reset/secret", html: "<p>secret</p>", locale: "en", kind: "passwordReset" }, { schema: jobSchema }));
    const message = await waitFor(() => Promise.resolve(inbox.find((m) => m.to.includes(to))), "the SMTP delivery");
    expect(message.data).toContain("https://centrala.test/reset/secret");
    const row = await waitFor(async () => { const r = await prisma.emailMessage.findUnique({ where: { id: id! } }); return r?.status === "sent" && r; }, "the sent status");
    expect(row).toMatchObject({ transport: "smtp", text: "", html: "", attempts: 1 });
  });

  it("e-mails the voicemail box's people a link as soon as a voicemail is stored, once", async () => {
    const { tenant, user } = await createTestTenant(prisma, "Voicemail");
    const colleague = await prisma.user.create({ data: { email: `kolega-${randomBytes(3).toString("hex")}@example.test`, name: "Kolega", passwordHash: "x", locale: "pl" } });
    await prisma.membership.create({ data: { tenantId: tenant.id, userId: colleague.id, role: "designer" } });
    await createExtension(prisma, tenant.id, { number: "101", name: "Anna", userId: user.id, voicemailEnabled: true, notifyUserIds: [colleague.id] });
    const call = await prisma.call.create({ data: { tenantId: tenant.id, callSid: `vm-${randomBytes(6).toString("hex")}`, fromNumber: "+48601234567", toNumber: "+48221234567" } });
    const recording = await forTenant(prisma, tenant.id).recording.create({ data: { tenantId: SCOPED_TENANT, callId: call.id, kind: "voicemail", mailbox: "101", storageKey: "x.wav", durationMs: 22_000 } });
    const rows = await waitFor(async () => {
      const found = await prisma.emailMessage.findMany({ where: { tenantId: tenant.id, kind: "voicemail" } });
      return found.length === 2 && found.every((row) => row.status === "sent") && found;
    }, "two voicemail notices");
    expect(rows.map((row) => row.toEmail).sort()).toEqual([user.email, colleague.email].sort());
    const polish = inbox.find((m) => m.to.includes(colleague.email));
    // The Polish body is quoted-printable (it has Polish letters): undo soft breaks and "=3D".
    const body = polish?.data.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    expect(body).toContain(`https://centrala.test/voicemail?message=${recording.id}`);
    expect(body).toContain("Od: +48601234567");
    await worker.sweep();
    expect(await prisma.emailMessage.count({ where: { tenantId: tenant.id, kind: "voicemail" } })).toBe(2);
  });

  it("deletes call recordings past the organisation's retention, row and file, from its job queue", async () => {
    const { tenant } = await createTestTenant(prisma, "Retention");
    await prisma.tenant.update({ where: { id: tenant.id }, data: { recordingRetentionDays: 7 } });
    const id = randomBytes(8).toString("hex");
    const storageKey = buildRecordingKey(tenant.id, id);
    await mediaStorage.put(storageKey, Buffer.from("RIFF----WAVE"));
    await prisma.recording.create({ data: { id, tenantId: tenant.id, kind: "call", storageKey, createdAt: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000) } });
    await worker.queuePurge();
    await waitFor(async () => (await prisma.recording.count({ where: { id } })) === 0, "the expired recording's row to go");
    expect(await mediaStorage.stat(storageKey)).toBeNull();
  });
});

describe("delivery without SMTP, and failures", () => {
  it("keeps the message in the outbox as delivered when no SMTP server is configured", async () => {
    const row = await prisma.emailMessage.create({ data: { toEmail: "dev@example.test", subject: "S", text: "T", html: "H", locale: "pl", kind: "invite" } });
    expect(await deliverEmail(prisma, { transport: null, from: "x@y" }, { emailId: row.id, lastTry: false })).toBe("outbox");
    expect(await prisma.emailMessage.findUnique({ where: { id: row.id } })).toMatchObject({ status: "sent", transport: "outbox", text: "T" });
    expect(await deliverEmail(prisma, { transport: null, from: "x@y" }, { emailId: row.id, lastTry: false })).toBe("already");
  });

  it("records each failed try, and marks the message failed after the last", async () => {
    const row = await prisma.emailMessage.create({ data: { toEmail: "down@example.test", subject: "S", text: "T", html: "H", locale: "en", kind: "invite" } });
    // A real SMTP transport to a loopback port nobody listens on.
    const failing = createMailTransport("smtp://127.0.0.1:3464", { timeoutMs: 2000 });
    await expect(deliverEmail(prisma, { transport: failing, from: "x@y" }, { emailId: row.id, lastTry: false })).rejects.toThrow(/ECONNREFUSED/);
    expect(await prisma.emailMessage.findUnique({ where: { id: row.id } })).toMatchObject({ status: "queued", attempts: 1, lastError: expect.stringContaining("ECONNREFUSED") });
    await expect(deliverEmail(prisma, { transport: failing, from: "x@y" }, { emailId: row.id, lastTry: true })).rejects.toThrow();
    expect(await prisma.emailMessage.findUnique({ where: { id: row.id } })).toMatchObject({ status: "failed", attempts: 2 });
  });
});
