import type { Db } from "../createPrismaClient";

export type NumberRoute = {
  tenant: { id: string; name: string; timezone: string; language: string; sipRealm: string; fallbackNumber: string | null };
  numberId: string;
  flow: { id: string; name: string } | null;
  version: { id: string; number: number; ir: unknown } | null;
};

const routeSelect = {
  id: true,
  e164: true,
  tenant: { select: { id: true, name: true, timezone: true, language: true, sipRealm: true, fallbackNumber: true } },
  flow: { select: { id: true, name: true, tenantId: true, publishedVersion: { select: { id: true, number: true, ir: true, tenantId: true } } } },
} as const;

type RouteRow = {
  id: string;
  tenant: NumberRoute["tenant"] | null;
  flow: { id: string; name: string; tenantId: string; publishedVersion: { id: string; number: number; ir: unknown; tenantId: string } | null } | null;
};

function convertRowToRoute(row: RouteRow | null): NumberRoute | null {
  if (!row?.tenant) return null;
  // A number must never run a flow of another tenant, even if a bad row pointed it there.
  const flow = row.flow && row.flow.tenantId === row.tenant.id ? row.flow : null;
  const version = flow?.publishedVersion && flow.publishedVersion.tenantId === row.tenant.id ? flow.publishedVersion : null;
  return {
    tenant: row.tenant,
    numberId: row.id,
    flow: flow ? { id: flow.id, name: flow.name } : null,
    version: version ? { id: version.id, number: version.number, ir: version.ir } : null,
  };
}

/**
 * Finds who answers a dialled number: its tenant, the flow it routes to and that flow's live
 * version. Looked up by the number itself, before any tenant is known, so it is not tenant-scoped;
 * everything after it is.
 */
export async function resolveNumberRoute(prisma: Db, e164: string): Promise<NumberRoute | null> {
  return convertRowToRoute(await prisma.phoneNumber.findUnique({ where: { e164 }, select: routeSelect }));
}

/** Every routed number (up to `limit`, those with a live flow first), for a runtime warming its cache at start. */
export async function listNumberRoutes(prisma: Db, limit: number): Promise<Array<{ e164: string; route: NumberRoute }>> {
  const rows = await prisma.phoneNumber.findMany({ where: { tenantId: { not: null } }, select: routeSelect, orderBy: [{ flowId: { sort: "asc", nulls: "last" } }], take: limit });
  return rows.flatMap((row) => {
    const route = convertRowToRoute(row);
    return route ? [{ e164: row.e164, route }] : [];
  });
}

/** Loads one published version of a tenant's flow (for "go to flow" and test sessions). */
export async function loadPublishedVersion(prisma: Db, tenantId: string, flowId: string) {
  const flow = await prisma.flow.findFirst({
    where: { id: flowId, tenantId },
    select: { id: true, name: true, publishedVersion: { select: { id: true, number: true, ir: true } } },
  });
  return flow?.publishedVersion ? { flowId: flow.id, flowName: flow.name, ...flow.publishedVersion } : null;
}

export const ROUTING_CHANNEL = "centrala_routing";

/** Tells every runtime instance that routing or a published version changed (PostgreSQL NOTIFY). */
export async function notifyRoutingChanged(prisma: Pick<Db, "$executeRaw">, detail: string): Promise<void> {
  await prisma.$executeRaw`SELECT pg_notify(${ROUTING_CHANNEL}, ${detail.slice(0, 7000)})`;
}

/** Loads one version of a tenant's flow by its id (a call pinned to it resumes after a reconnect). */
export async function loadFlowVersionById(prisma: Db, tenantId: string, versionId: string) {
  return prisma.flowVersion.findFirst({ where: { id: versionId, tenantId }, select: { id: true, flowId: true, number: true, ir: true } });
}
