import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@centrala/db";
import { createMemoryProvisioner } from "@centrala/db/testing";
import { installJobQueues } from "@centrala/jobs";
import type { ApiSession } from "../api/ApiSession";
import { signUp } from "../auth/signUp";
import { handlePublish } from "../editor/api/handlePublish";
import { handleClaimNumber, handlePatchNumber } from "../numbers/handleNumbers";
import { handleGettingStarted } from "../settings/handleSettings";
import { handleInvite } from "../team/handleTeam";
import { handleCreateFlowFromTemplate, handleListFlowTemplates } from "./handleFlowTemplates";

vi.mock("server-only", () => ({}));

// A new office, through the same handlers the screens use: the getting-started steps, then every
// template, each published and live on the claimed number.
const prisma = createPrismaClient(undefined, 3);
afterAll(() => prisma.$disconnect());

let owner: ApiSession;
let numberId = "";
let e164 = "";
beforeAll(async () => {
  await installJobQueues(process.env.DATABASE_URL ?? "");
  const result = await signUp(prisma, { tenantName: "Nowe Biuro", name: "Ewa", email: `tpl-${randomUUID()}@example.com`, password: "Haslo-12345" }, "pl");
  if (!result.ok) throw new Error("sign-up failed");
  owner = { userId: result.userId, tenantId: result.tenantId, role: "owner", locale: "pl" };
  e164 = `+4822${String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, "0")}`;
  await prisma.phoneNumber.create({ data: { e164, source: "pool" } });
});

type Steps = { doneCount: number; steps: { id: string; done: boolean }[] };
const gettingStarted = async () => (await handleGettingStarted(prisma, owner)).body as Steps;

async function publishTemplate(templateId: string, body: Record<string, unknown>) {
  const created = await handleCreateFlowFromTemplate(prisma, owner, { templateId, name: templateId, ...body });
  expect(created.status).toBe(201);
  const flowId = (created.body as { flow: { id: string } }).flow.id;
  const published = await handlePublish(prisma, owner, flowId, { note: "first" });
  expect(published.status === 201 ? [] : (published.body as { problems: { message: { en: string } }[] }).problems.map((p) => p.message.en)).toEqual([]);
  return { flowId, created: (created.body as { created: Record<string, unknown[]> }).created };
}

describe("templates for a new tenant", () => {
  it("walks the getting-started steps and publishes 4 of 4 templates", async () => {
    expect((await gettingStarted()).doneCount).toBe(0);
    expect((await handleClaimNumber(prisma, createMemoryProvisioner().provisioner, owner, { e164 })).status).toBe(201);
    numberId = (await prisma.phoneNumber.findUniqueOrThrow({ where: { e164 } })).id;
    expect((await handleInvite(prisma, owner, { email: `kolega-${randomUUID()}@example.com`, role: "designer" }, "https://centrala.test")).status).toBe(201);

    const list = (await handleListFlowTemplates(prisma, owner)).body as { templates: { id: string; label: string; needs: { extensions: { key: string }[] } }[] };
    expect(list.templates.map((t) => t.id)).toEqual(["reception", "simple-menu", "support-queue", "after-hours-voicemail"]);
    expect(list.templates[0]?.label).toBe("Recepcja");

    // Asked before anything is created: a template without choices says what it needs.
    const asked = await handleCreateFlowFromTemplate(prisma, owner, { templateId: "support-queue", name: "x" });
    expect(asked.status).toBe(400);
    expect((asked.body as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path)).toEqual(["extensions.desk", "extensions.agent", "queues.support"]);
    expect(await prisma.extension.count({ where: { tenantId: owner.tenantId } })).toBe(0);

    const reception = await publishTemplate("reception", { extensions: { reception: { create: { number: "100", name: "Recepcja" } } } });
    expect(reception.created.extensions).toMatchObject([{ number: "100", sip: { password: expect.any(String) } }]);
    await handlePatchNumber(prisma, owner, numberId, { flowId: reception.flowId });
    const afterPublish = await gettingStarted();
    expect(afterPublish.steps.map((s) => s.done)).toEqual([true, true, true, false]);

    await publishTemplate("simple-menu", { language: "en-US", extensions: { sales: { create: { number: "101", name: "Sales" } }, support: { create: { number: "102", name: "Support" } } } });
    const queue = await publishTemplate("support-queue", { extensions: { desk: { use: "101" }, agent: { use: "102" } }, queues: { support: { create: { name: "Pomoc techniczna" } } } });
    expect(queue.created).toMatchObject({ queues: [{ name: "Pomoc techniczna" }], voicemailTurnedOn: ["101"] });
    const members = await prisma.queueMember.findMany({ where: { queueId: (queue.created.queues?.[0] as { id: string }).id }, orderBy: { position: "asc" }, include: { extension: true } });
    expect(members.map((m) => m.extension.number)).toEqual(["101", "102"]);
    await publishTemplate("after-hours-voicemail", { extensions: { office: { use: "100" } } });

    // The spoken words follow the choice: Polish by default (the organisation's language), English when asked.
    const drafts = await prisma.flow.findMany({ where: { tenantId: owner.tenantId }, select: { name: true, draft: true } });
    expect(JSON.stringify(drafts.find((f) => f.name === "reception")?.draft)).toContain("łączymy z recepcją");
    expect(JSON.stringify(drafts.find((f) => f.name === "simple-menu")?.draft)).toContain("For sales, press 1");

    // A call to the new number (test or real) ticks the last step.
    await prisma.call.create({ data: { tenantId: owner.tenantId, callSid: `test-${randomUUID()}`, fromNumber: "+48601234567", toNumber: e164, isTest: true } });
    expect((await gettingStarted()).doneCount).toBe(4);
  });

  it("refuses to create an extension that exists, and a role that may not create extensions", async () => {
    const duplicate = await handleCreateFlowFromTemplate(prisma, owner, { templateId: "reception", name: "Again", extensions: { reception: { create: { number: "100", name: "Dup" } } } });
    expect(duplicate.status).toBe(400);
    expect((duplicate.body as { error: { issues: { message: string }[] } }).error.issues[0]?.message).toContain("już istnieje");
    // A designer may make flows but not extensions: the template may only use existing ones.
    const designer = await handleCreateFlowFromTemplate(prisma, { ...owner, role: "designer" }, { templateId: "reception", name: "E", extensions: { reception: { create: { number: "150", name: "New" } } } });
    expect(designer.status).toBe(403);
    expect((designer.body as { error: { message: string } }).error.message).toBe("Twoja rola (Projektant scenariuszy) nie pozwala zarządzać numerami wewnętrznymi.");
    expect(await prisma.extension.count({ where: { tenantId: owner.tenantId, number: "150" } })).toBe(0);
    expect((await handleCreateFlowFromTemplate(prisma, { ...owner, role: "designer" }, { templateId: "reception", name: "D", extensions: { reception: { use: "100" } } })).status).toBe(201);
  });
});
