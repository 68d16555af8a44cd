import { createExtension, createFlow, createPrismaClient, forTenant, readDatabaseUrl, publishFlowVersion, SCOPED_TENANT, setAgentPresence, type QueueStrategy } from "@centrala/db";
import { compileFlow, parseFlowDocument } from "@centrala/flow";
import { createJambonzClient, ensureNumberRouted } from "@centrala/jambonz-api";
import { createJambonzServer, provisionDefaults, type JambonzServer } from "@centrala/jambonz-sim/server";
import { publishTestFlow } from "./publishTestFlow";
import { startTestRuntime, TEST_AUTH } from "./startTestRuntime";

type TestRuntime = Awaited<ReturnType<typeof startTestRuntime>>;

/** A flow that puts every caller straight into the queue "support"; after the conversation, goodbye. */
export function buildQueueFlow(maxWaitSeconds = 600) {
  return {
    version: 1,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "support-queue", kind: "queue", position: { x: 0, y: 100 }, data: { queue: "support", announcePosition: true, announceEverySeconds: 30, maxWaitSeconds } },
      { id: "goodbye", kind: "hangup", position: { x: 0, y: 200 }, data: { prompt: { type: "tts", text: "Dziękujemy. Do widzenia.", language: "pl-PL" } } },
      { id: "too-long", kind: "hangup", position: { x: 200, y: 200 }, data: { prompt: { type: "tts", text: "Nikt nie odbiera.", language: "pl-PL" } } },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "support-queue" },
      { id: "e2", source: "support-queue", sourcePort: "answered", target: "goodbye" },
      { id: "e3", source: "support-queue", sourcePort: "overflow", target: "too-long" },
    ],
  };
}

export type CallCentreWorld = {
  sim: JambonzServer;
  runtimes: TestRuntime[];
  tenantId: string;
  queueId: string;
  /** One number per runtime instance (jambonz sends each to its own instance). */
  numbers: string[];
  /** Extension number -> extension id (the agent's id). */
  agents: Record<string, string>;
  /** The tenant's SIP realm: its extensions are `<number>@<realm>`. */
  sipRealm: string;
  /** Publishes another flow of the tenant on a new number routed to the first instance. */
  publishFlow(document: unknown): Promise<string>;
  close(): Promise<void>;
};

/**
 * A call centre on a real PostgreSQL: the simulated jambonz (REST API + feature server), one or
 * more runtime instances pointed at it, a tenant with the queue "support" whose members are the
 * given extensions (available), and a number per instance that rings the queue's flow there.
 */
export async function startCallCentre(opts: {
  agents: string[]; strategy?: QueueStrategy; ringSeconds?: number; wrapUpSeconds?: number; instances?: number; quietMs?: number; maxWaitSeconds?: number;
}): Promise<CallCentreWorld> {
  const sim = await createJambonzServer({ quietMs: opts.quietMs ?? 30 });
  const d = provisionDefaults(sim.store);
  const env = { JAMBONZ_API_URL: `${sim.url}/v1`, JAMBONZ_ACCOUNT_SID: d.accountSid, JAMBONZ_API_KEY: d.apiKey };
  const runtimes: TestRuntime[] = [];
  for (let i = 0; i < (opts.instances ?? 1); i++) runtimes.push(await startTestRuntime({ env: { ...env, RUNTIME_INSTANCE_ID: `cc-${i}-${process.pid}` } }));
  const prisma = runtimes[0]!.prisma;
  const flow = await publishTestFlow(prisma, buildQueueFlow(opts.maxWaitSeconds));
  const db = forTenant(prisma, flow.tenant.id);
  const queue = (await db.queue.findFirst({ where: { name: "support" } }))!;
  await db.queue.update({ where: { id: queue.id }, data: { strategy: opts.strategy ?? "inOrder", ringSeconds: opts.ringSeconds ?? 5, wrapUpSeconds: opts.wrapUpSeconds ?? 0 } });
  const agents: Record<string, string> = {};
  for (const [position, number] of opts.agents.entries()) {
    const extension = await createExtension(prisma, flow.tenant.id, { number, name: `Agent ${number}` });
    agents[number] = extension.extension!.id;
    await db.queueMember.create({ data: { tenantId: SCOPED_TENANT, queueId: queue.id, extensionId: extension.extension!.id, position } });
    await setAgentPresence(prisma, flow.tenant.id, extension.extension!.id, { status: "available" });
  }
  const client = createJambonzClient({ baseUrl: env.JAMBONZ_API_URL, accountSid: d.accountSid, apiKey: d.apiKey });
  const numbers = [flow.number];
  for (let i = 1; i < runtimes.length; i++) {
    const number = `+4859${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    await prisma.phoneNumber.create({ data: { e164: number, tenantId: flow.tenant.id, source: "owned", flowId: flow.flow.id } });
    numbers.push(number);
  }
  for (const [i, rt] of runtimes.entries()) {
    await ensureNumberRouted(client, { number: numbers[i]!, applicationName: `Centrala ${i}`, callHook: { url: rt.url, ...TEST_AUTH } });
  }
  // One instance leads the dispatcher.
  for (let i = 0; i < 200 && !runtimes.some((rt) => rt.runtime.callCentre.leader?.isLeading); i++) await new Promise((r) => setTimeout(r, 25));
  return {
    sim, runtimes, tenantId: flow.tenant.id, queueId: queue.id, numbers, agents, sipRealm: (await prisma.tenant.findUniqueOrThrow({ where: { id: flow.tenant.id } })).sipRealm,
    async publishFlow(document) {
      const parsed = parseFlowDocument(document);
      if (!parsed.ok) throw new Error(`flow does not parse: ${JSON.stringify(parsed.problems)}`);
      const compiled = compileFlow(parsed.document);
      if (!compiled.ok) throw new Error(`flow does not compile: ${JSON.stringify(compiled.problems.map((p) => p.message.en))}`);
      const created = await createFlow(db, { name: `Flow ${Date.now()}`, draft: parsed.document });
      await publishFlowVersion(db, created.id, { source: parsed.document, ir: compiled.ir });
      const number = `+4857${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
      await prisma.phoneNumber.create({ data: { e164: number, tenantId: flow.tenant.id, source: "owned", flowId: created.id } });
      await ensureNumberRouted(client, { number, applicationName: "Centrala 0", callHook: { url: runtimes[0]!.url, ...TEST_AUTH } });
      return number;
    },
    async close() {
      await sim.close();
      for (const rt of runtimes) await rt.close();
      // The dispatcher's state for this tenant goes with it, so callers left waiting when the
      // test ended are never rung for by a later test's dispatcher on the same database.
      const cleaner = createPrismaClient(readDatabaseUrl(), 1);
      try {
        const tenantId = flow.tenant.id;
        await cleaner.$transaction([
          cleaner.acdInbox.deleteMany({ where: { tenantId } }),
          cleaner.acdRecord.deleteMany({ where: { tenantId } }),
          cleaner.agentPresence.deleteMany({ where: { tenantId } }),
        ]);
      } finally {
        await cleaner.$disconnect();
      }
    },
  };
}
