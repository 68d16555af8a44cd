import type { Db } from "../createPrismaClient";
import { forTenant } from "../forTenant";

/** The extension linked to a member of the tenant (the agent the desk speaks for), or null. */
export function findMemberExtension(prisma: Db, tenantId: string, userId: string) {
  return forTenant(prisma, tenantId).extension.findFirst({ where: { userId }, orderBy: { number: "asc" }, select: { id: true, number: true, name: true } });
}

/**
 * An agent's own figures since `since` (the start of their day), from the agent legs the
 * dispatcher placed: calls answered, seconds talked (answered to ended, a call still up counts
 * to `at`), and calls rung but not answered (no answer, busy, declined; not the ones a
 * colleague took first or the caller abandoned).
 */
export async function readAgentToday(prisma: Db, tenantId: string, extensionId: string, since: Date, at = Date.now()) {
  const legs = await forTenant(prisma, tenantId).acdLeg.findMany({
    where: { agentId: extensionId, createdAt: { gte: since } },
    select: { answeredAt: true, endedAt: true, outcome: true },
  });
  let calls = 0;
  let talkSeconds = 0;
  let missed = 0;
  for (const leg of legs) {
    if (leg.answeredAt) {
      calls += 1;
      talkSeconds += Math.max(0, ((leg.endedAt?.getTime() ?? at) - leg.answeredAt.getTime()) / 1000);
    } else if (leg.outcome === "no-answer" || leg.outcome === "busy" || leg.outcome === "failed") missed += 1;
  }
  return { calls, talkSeconds: Math.round(talkSeconds), missed };
}
