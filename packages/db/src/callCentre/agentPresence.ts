import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { forTenant } from "../forTenant";
import type { AgentPresenceStatus } from "../generated/prisma/enums";
import { submitAcdEventWithPrisma } from "./submitAcdEvent";

export type AgentPresenceInput = { status: AgentPresenceStatus; awayReason?: string | null };

const MAX_REASON = 100;

/**
 * The agent on an extension goes available, away (with a reason) or offline, as chosen on the
 * desk. Stored (AgentPresence) and told to the dispatcher in one transaction, so the queue never
 * rings someone who has gone away, nor forgets someone who came back. Another tenant's extension
 * is NOT_FOUND.
 */
export async function setAgentPresence(prisma: Db, tenantId: string, extensionId: string, input: AgentPresenceInput, at = Date.now()) {
  const reason = input.status === "away" ? (input.awayReason ?? "").trim() || "break" : null;
  if (reason && reason.length > MAX_REASON) throw new DomainError("INVALID", `The away reason is longer than ${MAX_REASON} characters`, { field: "awayReason" });
  const extension = await forTenant(prisma, tenantId).extension.findFirst({ where: { id: extensionId }, select: { id: true } });
  if (!extension) throw new DomainError("NOT_FOUND", "No such extension", { field: "extensionId" });
  return prisma.$transaction(async (tx) => {
    const presence = await tx.agentPresence.upsert({
      where: { extensionId },
      create: { extensionId, tenantId, status: input.status, awayReason: reason },
      update: { status: input.status, awayReason: reason },
      select: { extensionId: true, status: true, awayReason: true, updatedAt: true },
    });
    const event = input.status === "available" ? { type: "agentAvailable", at, agentId: extensionId }
      : input.status === "away" ? { type: "agentAway", at, agentId: extensionId, reason: reason as string }
      : { type: "agentLoggedOut", at, agentId: extensionId };
    await submitAcdEventWithPrisma(tx, tenantId, event);
    return presence;
  });
}

/** The agent is ready before the wrap-up time is over (the desk's "ready" button). */
export async function endAgentWrapUp(prisma: Db, tenantId: string, extensionId: string, at = Date.now()): Promise<void> {
  const extension = await forTenant(prisma, tenantId).extension.findFirst({ where: { id: extensionId }, select: { id: true } });
  if (!extension) throw new DomainError("NOT_FOUND", "No such extension", { field: "extensionId" });
  await submitAcdEventWithPrisma(prisma, tenantId, { type: "wrapUpEnded", at, agentId: extensionId });
}

/** Every agent presence of the tenant (extensions without a row are offline). */
export function listAgentPresence(prisma: Db, tenantId: string) {
  return forTenant(prisma, tenantId).agentPresence.findMany({ select: { extensionId: true, status: true, awayReason: true, updatedAt: true } });
}
