// Seeds the demo tenant that `npm start` prints: a demo login, a demo phone number, a few pool
// numbers for new tenants, extensions and a queue, a recorded prompt (a welcome chime generated
// here, uploaded like any recording) and a published demo flow on the demo number that plays it.
// Idempotent: running it again changes nothing that already exists.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hash } from "@node-rs/argon2";
import { compileFlow, parseFlowDocument, resolveQueueNames } from "@centrala/flow";
import { createPrismaClient, forTenant, publishFlowVersion, savePromptVariant, SCOPED_TENANT, setAgentPresence, type TenantDb } from "@centrala/db";
import { createMediaStorage, generateWelcomeChime, readMediaEnv } from "@centrala/media";
import DEMO from "./demo.json" with { type: "json" };
import { provisionDemoNumber } from "./provisionDemoNumber";

const here = path.dirname(fileURLToPath(import.meta.url));

async function seed() {
  const prisma = createPrismaClient(undefined, 2);
  try {
    let tenant = await prisma.tenant.findUnique({ where: { sipRealm: DEMO.sipRealm } });
    tenant ??= await prisma.tenant.create({ data: { name: DEMO.tenantName, sipRealm: DEMO.sipRealm, timezone: "Europe/Warsaw" } });
    let user = await prisma.user.findUnique({ where: { email: DEMO.email } });
    user ??= await prisma.user.create({ data: { email: DEMO.email, name: DEMO.userName, passwordHash: await hash(DEMO.password), locale: "pl" } });
    await prisma.membership.upsert({
      where: { tenantId_userId: { tenantId: tenant.id, userId: user.id } },
      create: { tenantId: tenant.id, userId: user.id, role: "owner" },
      update: {},
    });
    const db = forTenant(prisma, tenant.id);
    for (const ext of DEMO.extensions) {
      await db.extension.upsert({
        where: { tenantId_number: { tenantId: tenant.id, number: ext.number } },
        create: { ...ext, tenantId: SCOPED_TENANT },
        update: {},
      });
    }
    const queue = await db.queue.upsert({
      where: { tenantId_name: { tenantId: tenant.id, name: DEMO.queue.name } },
      create: {
        name: DEMO.queue.name, tenantId: SCOPED_TENANT, strategy: DEMO.queue.strategy as "inOrder",
        ringSeconds: DEMO.queue.ringSeconds, wrapUpSeconds: DEMO.queue.wrapUpSeconds,
      },
      update: {},
    });
    // The queue's agents, tried in this order, signed in and available (the desk changes that).
    for (const [position, number] of DEMO.queue.members.entries()) {
      const extension = await db.extension.findFirstOrThrow({ where: { number }, select: { id: true } });
      await db.queueMember.upsert({
        where: { queueId_extensionId: { queueId: queue.id, extensionId: extension.id } },
        create: { tenantId: SCOPED_TENANT, queueId: queue.id, extensionId: extension.id, position },
        update: {},
      });
      const presence = await db.agentPresence.findFirst({ where: { extensionId: extension.id } });
      if (!presence) await setAgentPresence(prisma, tenant.id, extension.id, { status: "available" });
    }

    await seedWelcomePrompt(db, tenant.id, user.id);

    let flow = await db.flow.findFirst({ where: { name: DEMO.flowName } });
    if (!flow) {
      const parsed = parseFlowDocument(JSON.parse(readFileSync(path.join(here, "demo-flow.json"), "utf8")));
      if (!parsed.ok) throw new Error(`The demo flow is invalid: ${JSON.stringify(parsed.problems)}`);
      // The file names its queue ("support"); the stored flow holds the demo queue's id.
      const queues = (await db.queue.findMany({ select: { id: true, name: true } })).map((queue) => ({ id: queue.id, label: queue.name }));
      const document = resolveQueueNames(parsed.document, queues);
      const compiled = compileFlow(document, { queues });
      if (!compiled.ok) throw new Error(`The demo flow does not compile: ${JSON.stringify(compiled.problems)}`);
      flow = await db.flow.create({ data: { name: DEMO.flowName, draft: document, draftUpdatedById: user.id, tenantId: SCOPED_TENANT } });
      await publishFlowVersion(db, flow.id, { source: document, ir: compiled.ir, note: "Demo flow", userId: user.id });
    }

    await prisma.phoneNumber.upsert({
      where: { e164: DEMO.number },
      create: { e164: DEMO.number, tenantId: tenant.id, source: "owned", label: "Demo", flowId: flow.id, status: "active", claimedAt: new Date() },
      update: {},
    });
    for (const e164 of DEMO.poolNumbers) {
      await prisma.phoneNumber.upsert({ where: { e164 }, create: { e164, source: "pool" }, update: {} });
    }
    console.log(`Seeded demo tenant "${DEMO.tenantName}" (${DEMO.email}), number ${DEMO.number}.`);
    console.log(await provisionDemoNumber(DEMO.number, DEMO.tenantName));
  } finally {
    await prisma.$disconnect();
  }
}

/** The demo flow's recorded prompt: generated audio through the real upload path (checks, normalisation, storage). */
async function seedWelcomePrompt(db: TenantDb, tenantId: string, userId: string) {
  // The seed stores files but signs no URLs: any key will do when none is configured.
  const settings = readMediaEnv({ ...process.env, MEDIA_SECRET: process.env.MEDIA_SECRET ?? process.env.RUNTIME_SECRET ?? "the-seed-signs-no-urls" });
  const storage = createMediaStorage(settings);
  const existing = await db.prompt.findFirst({ where: { id: DEMO.welcomePrompt.id }, select: { variants: { select: { normalisedKey: true } } } });
  const stored = existing?.variants[0] ? await storage.stat(existing.variants[0].normalisedKey) : null;
  if (stored) return;
  if (!existing) {
    await db.prompt.create({ data: { id: DEMO.welcomePrompt.id, name: DEMO.welcomePrompt.name, language: "pl-PL", ttsText: "(sygnał powitalny)", createdById: userId, tenantId: SCOPED_TENANT } });
  }
  // New, or its file is gone (a cleared media folder, a switch to S3): upload it (again).
  await savePromptVariant(db, storage, settings, {
    tenantId, promptId: DEMO.welcomePrompt.id, language: "pl", fileName: "sygnal-powitalny.wav", body: [generateWelcomeChime()], userId,
  });
}

seed().catch((err: unknown) => {
  console.error(`Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
