// The world of the multi-instance dispatcher benchmark: a fresh database (on DATABASE_URL's server,
// or an embedded PostgreSQL), a tenant with four queues (one per hunting strategy) and their flows,
// agents as extensions, the simulated jambonz (REST API + feature server, real time) in this
// process, and N runtime processes behind a TCP load balancer that jambonz's call hook, the agent
// legs' call hook and every webhook go through, as production runs them.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compileFlow, parseFlowDocument, resolveQueueNames } from "@centrala/flow";
import { createExtension, createFlow, createPrismaClient, createTenantWithOwner, forTenant, publishFlowVersion, SCOPED_TENANT, type Db, type QueueStrategy } from "@centrala/db";
import { createJambonzClient, ensureNumberRouted } from "@centrala/jambonz-api";
import { createJambonzServer, provisionDefaults, type JambonzServer } from "@centrala/jambonz-sim/server";
import { RUNTIME_NODE_FLAGS } from "../../apps/runtime/nodeFlags.mjs";
import { buildQueueFlow } from "../../apps/runtime/src/testing/startCallCentre";
import { createLoadBalancer } from "../faults/createLoadBalancer";
// @ts-expect-error plain ESM helper shared with npm start / npm test
import { startEmbeddedPostgres, ensureDatabase, dropDatabase } from "../../scripts/lib/database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PASSWORD = "acd-bench-password-0123";
/** One queue per hunting strategy (ring-all offers one caller to several agents by design). */
const STRATEGIES: QueueStrategy[] = ["inOrder", "roundRobin", "longestIdle", "fewestCalls"];

export type ClusterOptions = { instances: number; agents: number; queuesPerAgent: number; random: () => number };

export type AcdCluster = {
  prisma: Db;
  databaseUrl: string;
  sim: JambonzServer;
  tenantId: string;
  /** Queue id -> the number whose flow puts callers in it. */
  numbers: Map<string, string>;
  queueIds: string[];
  /** Extension number -> agent (extension) id, and each agent's queues. */
  agents: Map<string, { agentId: string; queueIds: string[] }>;
  runtimePids: number[];
  close(): Promise<void>;
};

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(port: number): Promise<void> {
  for (let i = 0; i < 900; i++) {
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`runtime on port ${port} did not become ready`);
}

function runNode(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
}

/**
 * Joins each caller's first dispatcher record (AcdRecord kind 'caller', written in the batch that
 * took the join) into a side table: the arrival order (`seq`) the dispatcher gave them, which the
 * order check needs. Callers arrive through several instances, so their order at jambonz is not it.
 */
const JOIN_LOG_SQL = [
  `CREATE TABLE bench_acd_join (caller_id text PRIMARY KEY, queue_id text NOT NULL, priority int NOT NULL, seq bigint NOT NULL, at timestamptz NOT NULL)`,
  `CREATE FUNCTION bench_acd_log_join() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NEW.kind = 'caller' THEN
       INSERT INTO bench_acd_join VALUES (NEW.id, NEW.data->>'queueId', (NEW.data->>'priority')::int, (NEW.data->>'seq')::bigint, clock_timestamp()) ON CONFLICT DO NOTHING;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER bench_acd_log_join AFTER INSERT ON "AcdRecord" FOR EACH ROW EXECUTE FUNCTION bench_acd_log_join()`,
];

async function publishQueueFlow(prisma: Db, tenantId: string, queue: { id: string; name: string }): Promise<string> {
  const base = buildQueueFlow(7200);
  const document = { ...base, nodes: base.nodes.map((node) => (node.kind === "queue" ? { ...node, data: { ...node.data, queue: queue.name } } : node)) };
  const parsed = parseFlowDocument(document);
  if (!parsed.ok) throw new Error(`bench flow does not parse: ${JSON.stringify(parsed.problems)}`);
  const source = resolveQueueNames(parsed.document, [{ id: queue.id, label: queue.name }]);
  const compiled = compileFlow(source);
  if (!compiled.ok) throw new Error(`bench flow does not compile: ${JSON.stringify(compiled.problems.map((p) => p.message.en))}`);
  const db = forTenant(prisma, tenantId);
  const flow = await createFlow(db, { name: `Queue ${queue.name}`, draft: source });
  await publishFlowVersion(db, flow.id, { source, ir: compiled.ir });
  const number = `+4856${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  await prisma.phoneNumber.create({ data: { e164: number, tenantId, source: "owned", flowId: flow.id } });
  return number;
}

export async function startAcdCluster(opts: ClusterOptions): Promise<AcdCluster> {
  const cleanUp: Array<() => Promise<unknown>> = [];
  try {
    return await setUpCluster(opts, cleanUp);
  } catch (err) {
    for (const step of cleanUp.reverse()) await step().catch(() => {});
    throw err;
  }
}

async function setUpCluster(opts: ClusterOptions, cleanUp: Array<() => Promise<unknown>>): Promise<AcdCluster> {
  let serverUrl = process.env.DATABASE_URL;
  let embedded: { stop(): Promise<void>; adminUrl: string } | null = null;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ persistent: false });
    serverUrl = embedded!.adminUrl;
  }
  const dbName = `centrala_acdbench_${randomBytes(3).toString("hex")}`;
  const databaseUrl: string = await ensureDatabase(serverUrl, dbName);
  cleanUp.push(async () => embedded?.stop(), () => dropDatabase(serverUrl, dbName));
  await new Promise<void>((resolve, reject) => {
    runNode(["--import", "tsx", "packages/db/scripts/migrate.ts", "deploy"], { DATABASE_URL: databaseUrl })
      .on("exit", (code) => (code === 0 ? resolve() : reject(new Error("migration failed"))));
  });
  const prisma = createPrismaClient(databaseUrl, 4);
  cleanUp.push(() => prisma.$disconnect());
  for (const statement of JOIN_LOG_SQL) await prisma.$executeRawUnsafe(statement);

  const id = randomBytes(4).toString("hex");
  const { tenant } = await createTenantWithOwner(prisma, { tenantName: `ACD bench ${id}`, email: `acd-bench-${id}@example.test`, name: "Bench", passwordHash: "x" });
  await prisma.tenant.update({ where: { id: tenant.id }, data: { timezone: "Europe/Warsaw", language: "pl-PL" } });
  const db = forTenant(prisma, tenant.id);
  const numbers = new Map<string, string>();
  const queueIds: string[] = [];
  for (const [index, strategy] of STRATEGIES.entries()) {
    const queue = await db.queue.create({ data: { tenantId: SCOPED_TENANT, name: `q${index}`, strategy, ringSeconds: 5, wrapUpSeconds: 0, maxWaitSeconds: 7200 } });
    queueIds.push(queue.id);
    numbers.set(queue.id, await publishQueueFlow(prisma, tenant.id, queue));
  }
  // As the pure benchmark's load: each agent in 1..queuesPerAgent consecutive queues.
  const agents = new Map<string, { agentId: string; queueIds: string[] }>();
  for (let index = 0; index < opts.agents; index++) {
    const number = String(1000 + index);
    const extension = await createExtension(prisma, tenant.id, { number, name: `Agent ${number}` });
    const agentId = extension.extension!.id;
    const count = 1 + Math.floor(opts.random() * opts.queuesPerAgent);
    const mine = Array.from({ length: count }, (_, offset) => queueIds[(index + offset) % queueIds.length]!);
    for (const queueId of mine) await db.queueMember.create({ data: { tenantId: SCOPED_TENANT, queueId, extensionId: agentId, position: index } });
    agents.set(number, { agentId, queueIds: mine });
  }

  const sim = await createJambonzServer({ quietMs: 20 });
  cleanUp.push(() => sim.close());
  const jambonz = provisionDefaults(sim.store);
  const balancerPort = await findFreePort();
  const publicWs = `ws://127.0.0.1:${balancerPort}`;
  const ports: number[] = [];
  const runtimes: ChildProcess[] = [];
  for (let i = 0; i < opts.instances; i++) {
    const port = await findFreePort();
    ports.push(port);
    runtimes.push(runNode([...RUNTIME_NODE_FLAGS, ...(process.env.BENCH_RUNTIME_FLAGS?.split(" ").filter(Boolean) ?? []), "--import", "tsx", "apps/runtime/src/main.ts"], {
      DATABASE_URL: databaseUrl, RUNTIME_PORT: String(port), RUNTIME_INSTANCE_ID: `acd-bench-${i}`, RUNTIME_PUBLIC_WS_URL: publicWs,
      JAMBONZ_WS_PASSWORD: PASSWORD, RUNTIME_SECRET: "acd-bench-secret-0123456789", LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
      JAMBONZ_API_URL: `${sim.url}/v1`, JAMBONZ_ACCOUNT_SID: jambonz.accountSid, JAMBONZ_API_KEY: jambonz.apiKey,
    }));
  }
  cleanUp.push(async () => runtimes.forEach((child) => child.kill("SIGKILL")));
  await Promise.all(ports.map(waitReady));
  const balancer = await createLoadBalancer(balancerPort, ports.map((port) => ({ host: "127.0.0.1", port })));
  const client = createJambonzClient({ baseUrl: `${sim.url}/v1`, accountSid: jambonz.accountSid, apiKey: jambonz.apiKey });
  for (const number of numbers.values()) {
    await ensureNumberRouted(client, { number, applicationName: "Centrala", callHook: { url: `${publicWs}/jambonz`, username: "jambonz", password: PASSWORD } });
  }

  return {
    prisma, databaseUrl, sim, tenantId: tenant.id, numbers, queueIds, agents, runtimePids: runtimes.map((child) => child.pid!),
    async close() {
      await Promise.all(runtimes.map((child) => new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(null);
        child.once("exit", resolve);
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
      })));
      await balancer.close();
      await sim.close();
      await prisma.$disconnect();
      await dropDatabase(serverUrl, dbName);
      await embedded?.stop();
    },
  };
}
