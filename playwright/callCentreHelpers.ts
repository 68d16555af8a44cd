import { createExtension, createFlow, createPrismaClient, forTenant, publishFlowVersion, SCOPED_TENANT, type Db } from "@centrala/db";
import { compileFlow, parseFlowDocument } from "@centrala/flow";
import { createJambonzClient, ensureNumberRouted } from "@centrala/jambonz-api";

// Sets up a call centre for a signed-up tenant straight in the database and on the simulated
// jambonz (the extension, queue and number screens are not part of these journeys), and places
// simulated callers. Ports and credentials are the ones playwright.config.ts gives its servers.
const RUNTIME_PORT = Number(process.env.E2E_RUNTIME_PORT ?? 3205);
const JAMBONZ_PORT = Number(process.env.E2E_JAMBONZ_PORT ?? 3305);
const SIM_URL = `http://127.0.0.1:${JAMBONZ_PORT}`;
const JAMBONZ = { accountSid: "0d5a1c2e-6f3b-4c8d-9e7a-1b2c3d4e5f60", apiKey: "e2e-jambonz-api-key-0123456789" };
const CALL_HOOK = { url: `ws://127.0.0.1:${RUNTIME_PORT}/jambonz`, username: "jambonz", password: "e2e-runtime-password" };

let prisma: Db | undefined;
/** The test's own database client (the one the web app and the runtime use). */
export function getTestPrisma(): Db {
  prisma ??= createPrismaClient(process.env.DATABASE_URL, 2);
  return prisma;
}

export type CallCentre = { tenantId: string; queueId: string; number: string; agents: Record<string, string> };

/**
 * For the member signed up with `email`: extensions (the first linked to that member, the others
 * to nobody), a queue with the given members, and a published flow on a fresh number that puts
 * every caller into the queue, routed on the simulated jambonz to the runtime.
 */
export async function setUpCallCentre(email: string, opts: { queueName: string; extensions: string[]; members: string[]; wrapUpSeconds?: number }): Promise<CallCentre> {
  const db = getTestPrisma();
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, memberships: { select: { tenantId: true } } } });
  const tenantId = user.memberships[0]!.tenantId;
  const tenant = forTenant(db, tenantId);
  const agents: Record<string, string> = {};
  for (const [i, number] of opts.extensions.entries()) {
    agents[number] = (await createExtension(db, tenantId, { number, name: `Konsultant ${number}`, ...(i === 0 && { userId: user.id }) })).extension!.id;
  }
  const queue = await tenant.queue.create({
    data: { tenantId: SCOPED_TENANT, name: opts.queueName, strategy: "inOrder", ringSeconds: 30, wrapUpSeconds: opts.wrapUpSeconds ?? 30, maxWaitSeconds: 600, announcePosition: false },
    select: { id: true },
  });
  for (const [position, number] of opts.members.entries()) {
    await tenant.queueMember.create({ data: { tenantId: SCOPED_TENANT, queueId: queue.id, extensionId: agents[number]!, position } });
  }
  const parsed = parseFlowDocument({
    version: 3,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "queue", kind: "queue", label: "Kolejka", position: { x: 300, y: 0 }, data: { queueId: queue.id, announcePosition: false, announceEverySeconds: 60, maxWaitSeconds: 600 } },
      { id: "bye", kind: "hangup", position: { x: 600, y: 0 }, data: {} },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "queue" },
      { id: "e2", source: "queue", sourcePort: "answered", target: "bye" },
      { id: "e3", source: "queue", sourcePort: "overflow", target: "bye" },
    ],
  });
  if (!parsed.ok) throw new Error(`the queue flow does not parse: ${JSON.stringify(parsed.problems)}`);
  const compiled = compileFlow(parsed.document);
  if (!compiled.ok) throw new Error(`the queue flow does not compile: ${JSON.stringify(compiled.problems.map((p) => p.message.en))}`);
  const flow = await createFlow(tenant, { name: "Kolejka", draft: parsed.document });
  await publishFlowVersion(tenant, flow.id, { source: parsed.document, ir: compiled.ir });
  const number = `+4856${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  await db.phoneNumber.create({ data: { e164: number, tenantId, source: "owned", flowId: flow.id } });
  const client = createJambonzClient({ baseUrl: `${SIM_URL}/v1`, accountSid: JAMBONZ.accountSid, apiKey: JAMBONZ.apiKey });
  await ensureNumberRouted(client, { number, applicationName: "Centrala e2e call centre", callHook: CALL_HOOK });
  return { tenantId, queueId: queue.id, number, agents };
}

type Behaviour = { answerAfterMs?: number; busy?: boolean; noAnswer?: boolean; talkMs?: number };

/**
 * A caller rings `number` through the simulated carrier (real time); `dialTargets` say how the
 * agents' phones behave. Returns at once; `ended` settles when the simulator closes the call.
 */
export function placeSimulatedCall(number: string, opts: { from: string; hangUpAfterMs: number; dialTargets?: Record<string, Behaviour> }): { ended: Promise<string> } {
  const controller = new AbortController();
  const ended = fetch(`${SIM_URL}/sim/calls`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to: number, from: opts.from, clock: "real", hangUpAfterMs: opts.hangUpAfterMs, dialTargets: opts.dialTargets ?? {} }),
    signal: controller.signal,
  }).then(async (response) => {
    if (!response.ok) throw new Error(`the simulated jambonz refused the call (${response.status}): ${await response.text()}`);
    return response.text();
  });
  ended.catch(() => {});
  return { ended };
}
