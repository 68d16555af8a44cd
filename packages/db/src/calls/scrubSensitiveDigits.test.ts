import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../createPrismaClient";
import { createPgPool } from "../createPgPool";
import { forTenant } from "../forTenant";
import { createFlow, publishFlowVersion } from "../flows";
import { createTestTenant } from "../testing/createTestTenant";

const migrations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../prisma/migrations");
const scrub = readFileSync(path.join(migrations, readdirSync(migrations).find((name) => name.endsWith("_scrub_sensitive_digits"))!, "migration.sql"), "utf8");

let prisma: Db;
let pool: ReturnType<typeof createPgPool>;
beforeAll(() => { prisma = createPrismaClient(undefined, 2); pool = createPgPool(undefined, 2); });
afterAll(async () => { await prisma.$disconnect(); await pool.end(); });

describe("the migration that scrubs stored digits", () => {
  it("masks multi-key presses and conference PINs in traces, keeps menu keys, and drops collected digits from live call states", async () => {
    const { tenant } = await createTestTenant(prisma, "Scrub");
    const db = forTenant(prisma, tenant.id);
    const flow = await createFlow(db, { name: "Pay", draft: {} });
    const version = await publishFlowVersion(db, flow.id, {
      source: {}, ir: { version: 1, start: "ask", nodes: { ask: { kind: "collect", config: { variable: "pin" }, next: {} } } },
    });
    const callId = randomUUID();
    await prisma.call.create({ data: { id: callId, tenantId: tenant.id, callSid: randomUUID(), fromNumber: "+48500100200", toNumber: "+48221234567" } });
    const digits = ["1", "4111111111111111", "2468", "****", "••••1111"];
    await prisma.callEvent.createMany({ data: digits.map((d, seq) => ({ tenantId: tenant.id, callId, seq, at: new Date(), type: "keyPressed", nodeId: "ask", data: { digits: d } })) });
    const callSid = randomUUID();
    await prisma.callState.create({
      data: { callSid, tenantId: tenant.id, state: { versions: { [flow.id]: version.id }, engine: { vars: { pin: "2468", order: "4111111111111111", name: "Anna" } } } },
    });

    await pool.query(scrub);
    await pool.query(scrub); // running it again changes nothing

    const events = await prisma.callEvent.findMany({ where: { callId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => (e.data as { digits: string }).digits)).toEqual(["1", "••••1111", "••••", "••••", "••••1111"]);
    const state = await prisma.callState.findUniqueOrThrow({ where: { callSid } });
    expect((state.state as { engine: { vars: unknown } }).engine.vars).toEqual({ name: "Anna" });
  });
});
