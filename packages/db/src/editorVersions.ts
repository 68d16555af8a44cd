import type { TenantDb } from "./forTenant";

/** The published versions of a flow, newest first, with the name of the person who published each. */
export async function listFlowVersionsWithAuthors(db: TenantDb, flowId: string) {
  const versions = await db.flowVersion.findMany({
    where: { flowId },
    select: { id: true, number: true, note: true, publishedAt: true, publishedById: true },
    orderBy: { number: "desc" },
  });
  const userIds = [...new Set(versions.flatMap((version) => (version.publishedById ? [version.publishedById] : [])))];
  // Users are not tenant-owned; their names are read through this tenant's memberships only.
  const members = userIds.length === 0 ? [] : await db.membership.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const names = new Map(members.map((member) => [member.userId, member.user.name]));
  return versions.map((version) => ({ ...version, publishedByName: version.publishedById ? names.get(version.publishedById) ?? null : null }));
}

/** One published version of a flow (its frozen source), or null. */
export function getFlowVersionByNumber(db: TenantDb, flowId: string, number: number) {
  return db.flowVersion.findFirst({ where: { flowId, number }, select: { id: true, number: true, note: true, publishedAt: true, source: true } });
}
