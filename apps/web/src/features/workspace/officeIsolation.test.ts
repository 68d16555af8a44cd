import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@centrala/db";
import { createMemoryProvisioner } from "@centrala/db/testing";
import { installJobQueues } from "@centrala/jobs";
import type { ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { signUp } from "../auth/signUp";
import { handleClaimNumber, handleListNumbers } from "../numbers/handleNumbers";
import { handleGetSettings, handleGettingStarted, handlePatchSettings } from "../settings/handleSettings";
import { handleInvite, handleListTeam } from "../team/handleTeam";

vi.mock("server-only", () => ({}));

// The lists behind the office screens (numbers, team, settings, getting started) show one tenant
// only: what one office claims, invites or changes never appears in, or changes, another's.
const prisma = createPrismaClient(undefined, 4);
const { provisioner } = createMemoryProvisioner();
afterAll(() => prisma.$disconnect());

async function createOwner(tenantName: string, locale: "en" | "pl" = "en"): Promise<ApiSession> {
  const result = await signUp(prisma, { tenantName, name: "Ewa Nowak", email: `office-${randomUUID()}@example.com`, password: "Haslo-12345" }, locale);
  if (!result.ok) throw new Error("sign-up failed in test setup");
  return { userId: result.userId, tenantId: result.tenantId, role: "owner", locale };
}
const body = <T>(result: ApiResult) => result.body as T;

let owner: ApiSession;
let stranger: ApiSession;
beforeAll(async () => {
  await installJobQueues(process.env.DATABASE_URL ?? "");
  [owner, stranger] = await Promise.all([createOwner("Biuro A"), createOwner("Biuro B", "pl")]);
});

describe("office screens between tenants", () => {
  it("lists only the tenant's own numbers, members, invitations, settings and progress", async () => {
    const e164 = `+4822${String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, "0")}`;
    await prisma.phoneNumber.create({ data: { e164, source: "pool" } });
    expect((await handleClaimNumber(prisma, provisioner, owner, { e164 })).status).toBe(201);
    const invited = `invited-${randomUUID()}@example.com`;
    expect((await handleInvite(prisma, owner, { email: invited, role: "agent" }, "https://centrala.test")).status).toBe(201);
    expect((await handlePatchSettings(prisma, owner, { name: "Biuro A po zmianie", timezone: "Europe/London" })).status).toBe(200);

    expect(body<{ numbers: { e164: string }[] }>(await handleListNumbers(prisma, owner)).numbers.map((n) => n.e164)).toEqual([e164]);
    expect(body<{ numbers: unknown[] }>(await handleListNumbers(prisma, stranger)).numbers).toEqual([]);

    const theirs = body<{ members: { email: string }[]; invites: { email: string }[] }>(await handleListTeam(prisma, stranger));
    expect(theirs.members).toHaveLength(1);
    expect(theirs.invites).toEqual([]);
    expect(body<{ invites: { email: string }[] }>(await handleListTeam(prisma, owner)).invites.map((i) => i.email)).toEqual([invited]);

    expect(body<{ settings: { name: string; timezone: string } }>(await handleGetSettings(prisma, stranger)).settings).toMatchObject({ name: "Biuro B", timezone: "Europe/Warsaw" });
    expect(body<{ settings: { name: string } }>(await handleGetSettings(prisma, owner)).settings.name).toBe("Biuro A po zmianie");

    expect(body<{ doneCount: number }>(await handleGettingStarted(prisma, owner)).doneCount).toBe(1);
    const progress = body<{ doneCount: number; steps: { id: string; done: boolean }[] }>(await handleGettingStarted(prisma, stranger));
    expect(progress.doneCount).toBe(0);
    expect(progress.steps.filter((step) => step.done)).toEqual([]);
  });

  it("names bad settings in the person's language", async () => {
    const refused = body<{ error: { issues: { path: string; message: string }[] } }>(await handlePatchSettings(prisma, stranger, { fallbackNumber: "123", name: "" }));
    expect(refused.error.issues).toEqual(expect.arrayContaining([
      { path: "fallbackNumber", message: "Wpisz pełny numer międzynarodowy, np. +48 22 123 45 67." },
      { path: "name", message: "Podaj nazwę organizacji." },
    ]));
  });
});
