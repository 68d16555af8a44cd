import { randomBytes } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimNumber, createPrismaClient, releaseNumber } from "@centrala/db";
import { createTestTenant } from "@centrala/db/testing";
import { createJambonzClient, type JambonzClient } from "@centrala/jambonz-api";
import { createJambonzServer, provisionDefaults, type JambonzServer } from "@centrala/jambonz-sim/server";
import { routeHooks, startScriptedApp } from "@centrala/jambonz-sim/testing";
import { createJambonzNumberProvisioner } from "./createJambonzNumberProvisioner";

// Claiming and releasing numbers against the simulated jambonz REST API (the same routes and
// bodies as jambonz-api-server's applications.js and phone-numbers.js), with a real PostgreSQL.
const prisma = createPrismaClient(undefined, 3);
const callHook = { url: "ws://127.0.0.1:3260/jambonz", username: "jambonz", password: "runtime-password-123" };
let sim: JambonzServer;
let client: JambonzClient;
let silent: Server;
const held: Socket[] = [];

beforeAll(async () => {
  sim = await createJambonzServer();
  const defaults = provisionDefaults(sim.store);
  client = createJambonzClient({ baseUrl: `${sim.url}/v1`, apiKey: defaults.apiKey, accountSid: defaults.accountSid, timeoutMs: 2000 });
  // A jambonz that accepts connections and never answers (on a loopback port of this engineer's range).
  silent = createServer((socket) => { held.push(socket); });
  await new Promise<void>((resolve) => silent.listen(3466, "127.0.0.1", resolve));
});
afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
  await sim.close();
  await prisma.$disconnect();
});

async function addPoolNumber(): Promise<string> {
  const e164 = `+4822${String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, "0")}`;
  await prisma.phoneNumber.create({ data: { e164, source: "pool" } });
  return e164;
}
const digits = (e164: string) => e164.slice(1);

describe("numbers in jambonz", () => {
  it("claims a number onto the tenant's application (runtime as call_hook) and releases it", async () => {
    const provisioner = createJambonzNumberProvisioner(client, { callHook });
    const { tenant } = await createTestTenant(prisma, "Sim");
    const e164 = await addPoolNumber();
    const number = await claimNumber(prisma, provisioner, { tenantId: tenant.id, e164 });
    const applicationSid = (await prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).jambonzApplicationSid!;
    const application = await client.applications.get(applicationSid);
    expect(application).toMatchObject({ name: `centrala-${tenant.id}`, account_sid: client.accountSid, call_hook: { url: callHook.url, username: "jambonz" } });
    const inJambonz = (await client.phoneNumbers.list()).find((n) => n.number === digits(e164));
    expect(inJambonz).toMatchObject({ application_sid: applicationSid, account_sid: client.accountSid });
    expect((await prisma.phoneNumber.findUniqueOrThrow({ where: { e164 } })).jambonzSid).toBe(inJambonz?.phone_number_sid);

    // A second number reuses the application.
    await claimNumber(prisma, provisioner, { tenantId: tenant.id, e164: await addPoolNumber() });
    expect((await client.applications.list()).filter((app) => app.name === `centrala-${tenant.id}`)).toHaveLength(1);

    await releaseNumber(prisma, provisioner, { tenantId: tenant.id, numberId: number.id });
    expect((await client.phoneNumbers.list()).some((n) => n.number === digits(e164))).toBe(false);
    expect((await prisma.phoneNumber.findUniqueOrThrow({ where: { e164 } })).tenantId).toBeNull();
  });

  it("a claimed number rings the tenant's application; once released, jambonz turns the call away", async () => {
    // The application's call_hook is a scripted jambonz app here (the runtime's own tests cover what it answers).
    const app = await startScriptedApp(routeHooks((_m, r) => r.ack([{ verb: "say", text: "Dzień dobry" }, { verb: "hangup" }])));
    try {
      const provisioner = createJambonzNumberProvisioner(client, { callHook: { ...callHook, url: app.url } });
      const { tenant } = await createTestTenant(prisma, "Rings");
      const e164 = await addPoolNumber();
      const number = await claimNumber(prisma, provisioner, { tenantId: tenant.id, e164 });
      expect(await sim.featureServer.placeInbound({ to: e164 }).ended).toMatchObject({ answered: true });
      expect(app.upgrades[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`jambonz:${callHook.password}`).toString("base64")}`);
      await releaseNumber(prisma, provisioner, { tenantId: tenant.id, numberId: number.id });
      // jambonz-feature-server middleware.js: no application for the number -> 480.
      expect(await sim.featureServer.placeInbound({ to: e164 }).ended).toMatchObject({ reason: "rejected", sipStatus: 480 });
    } finally {
      await app.close();
    }
  });

  it("adopts a number jambonz kept from an attempt whose answer was lost, instead of failing on the duplicate", async () => {
    const provisioner = createJambonzNumberProvisioner(client, { callHook });
    const { tenant } = await createTestTenant(prisma, "Adopt");
    const e164 = await addPoolNumber();
    const carrier = (await client.voipCarriers.list())[0]!.voip_carrier_sid;
    const leftover = await client.phoneNumbers.create({ number: e164, voip_carrier_sid: carrier });
    await claimNumber(prisma, provisioner, { tenantId: tenant.id, e164 });
    const numbers = (await client.phoneNumbers.list()).filter((n) => n.number === digits(e164));
    expect(numbers).toHaveLength(1);
    expect(numbers[0]?.phone_number_sid).toBe(leftover);
    expect(numbers[0]?.application_sid).toBe((await prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).jambonzApplicationSid);
  });

  it("rolls the claim back when jambonz is down or does not answer, and nothing is left in jambonz", async () => {
    const { tenant } = await createTestTenant(prisma, "Down");
    for (const baseUrl of ["http://127.0.0.1:3467/v1", "http://127.0.0.1:3466/v1"]) {
      const unreachable = createJambonzClient({ baseUrl, apiKey: "k", accountSid: client.accountSid, timeoutMs: 500 });
      const e164 = await addPoolNumber();
      await expect(claimNumber(prisma, createJambonzNumberProvisioner(unreachable, { callHook }), { tenantId: tenant.id, e164, timeoutMs: 1500 }))
        .rejects.toMatchObject({ code: "PROVISIONING_FAILED" });
      expect(await prisma.phoneNumber.findUniqueOrThrow({ where: { e164 } })).toMatchObject({ tenantId: null, status: null });
      expect((await client.phoneNumbers.list()).some((n) => n.number === digits(e164))).toBe(false);
    }
  });
});
