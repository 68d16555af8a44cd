import type { TenantDb } from "../forTenant";

/** One call of the tenant with its path (node entered, key pressed, branch taken), or null. */
export async function getCallTrace(db: TenantDb, callSid: string) {
  return db.call.findFirst({
    where: { callSid },
    select: {
      callSid: true, flowId: true, isTest: true, startedAt: true, endedAt: true, outcome: true, fromNumber: true, toNumber: true,
      events: { select: { seq: true, at: true, type: true, nodeId: true, data: true }, orderBy: { seq: "asc" } },
    },
  });
}
