import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compileFlow, parseFlowDocument, resolveQueueNames, type FlowDocument } from "@centrala/flow";
import { createFlow, createTenantWithOwner, forTenant, publishFlowVersion, SCOPED_TENANT, type Db, type TenantDb } from "@centrala/db";
import { randomBytes } from "node:crypto";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Reads a fixture flow: `playwright/flows/<name>.json`, or the demo flow with name "demo". */
export function readFixtureFlow(name: string): unknown {
  const file = name === "demo" ? path.join(root, "prisma/demo-flow.json") : path.join(root, "playwright/flows", `${name}.json`);
  return JSON.parse(readFileSync(file, "utf8"));
}

/** A fresh tenant whose fresh number routes to the published flow. */
export async function publishTestFlow(prisma: Db, document: unknown, opts: { timezone?: string; language?: string; fallbackNumber?: string } = {}) {
  const parsed = parseFlowDocument(document);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.problems)}`);
  const id = randomBytes(4).toString("hex");
  const { tenant } = await createTenantWithOwner(prisma, { tenantName: `Runtime ${id}`, email: `runtime-${id}@example.test`, name: "R", passwordHash: "x" });
  await prisma.tenant.update({
    where: { id: tenant.id },
    data: { timezone: opts.timezone ?? "Europe/Warsaw", language: opts.language ?? "pl-PL", fallbackNumber: opts.fallbackNumber ?? null },
  });
  const db = forTenant(prisma, tenant.id);
  const source = resolveQueueNames(parsed.document, await createNamedQueues(db, parsed.document));
  const compiled = compileFlow(source);
  if (!compiled.ok) throw new Error(`fixture does not compile: ${JSON.stringify(compiled.problems.map((p) => p.message.en))}`);
  const flow = await createFlow(db, { name: "Test flow", draft: source });
  const version = await publishFlowVersion(db, flow.id, { source, ir: compiled.ir });
  const number = `+4858${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  await prisma.phoneNumber.create({ data: { e164: number, tenantId: tenant.id, source: "owned", flowId: flow.id } });
  return { tenant, flow, version, number, ir: compiled.ir };
}

/** Gives the tenant a queue for each queue a format-1 fixture names (e.g. the demo's "support"). */
async function createNamedQueues(db: TenantDb, document: FlowDocument) {
  const names = new Set(document.nodes.flatMap((node) => [node.data.queueName, (node.data.target as { queueName?: unknown } | undefined)?.queueName])
    .filter((name): name is string => typeof name === "string"));
  return Promise.all([...names].map(async (name) => ({ id: (await db.queue.create({ data: { name, tenantId: SCOPED_TENANT } })).id, label: name })));
}
