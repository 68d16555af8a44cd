import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { forTenant, SCOPED_TENANT, type TenantDb } from "../forTenant";
import { toJsonColumn } from "../toJsonColumn";
import { findFlowsUsing } from "../usage/findFlowsUsing";
import { createSipCredentials } from "./sipCredentials";

export type ExtensionInput = {
  name: string;
  userId?: string | null;
  forwardTo?: string | null;
  voicemailEnabled?: boolean;
  voicemailGreeting?: unknown;
  /** Members e-mailed about new voicemail besides the extension's own member. */
  notifyUserIds?: string[];
};

const extensionSelect = {
  id: true, number: true, name: true, userId: true, sipUsername: true, sipPasswordSetAt: true, forwardTo: true,
  voicemailEnabled: true, voicemailGreeting: true, createdAt: true, updatedAt: true,
  user: { select: { name: true, email: true } },
  voicemailRecipients: { select: { userId: true } },
  queues: { select: { queue: { select: { id: true, name: true } } } },
} as const;

/** The tenant's extensions by number, with their member, voicemail settings and queues. */
export function listExtensions(db: TenantDb) {
  return db.extension.findMany({ select: extensionSelect, orderBy: { number: "asc" } });
}

export function getExtension(db: TenantDb, id: string) {
  return db.extension.findFirst({ where: { id }, select: extensionSelect });
}

async function checkMembers(db: TenantDb, userIds: (string | null | undefined)[]) {
  const wanted = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return;
  const found = await db.membership.findMany({ where: { userId: { in: wanted } }, select: { userId: true } });
  const missing = wanted.filter((id) => !found.some((m) => m.userId === id));
  if (missing.length) throw new DomainError("INVALID", "A chosen person is not a member of this organisation", { field: "userId", userIds: missing });
}

/**
 * Adds an extension with fresh SIP credentials. The password is returned once, for the person
 * to set up their phone, and only its digest is kept.
 */
export async function createExtension(prisma: Db, tenantId: string, input: ExtensionInput & { number: string; actorId?: string }) {
  const db = forTenant(prisma, tenantId);
  await checkMembers(db, [input.userId, ...(input.notifyUserIds ?? [])]);
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { sipRealm: true } });
  const credentials = createSipCredentials(input.number, tenant.sipRealm);
  try {
    const extension = await db.$transaction(async (tx) => {
      const created = await tx.extension.create({
        data: {
          tenantId: SCOPED_TENANT, number: input.number, name: input.name.trim(), userId: input.userId ?? null, sipUsername: input.number,
          sipHa1: credentials.ha1, sipPasswordSetAt: new Date(), forwardTo: input.forwardTo ?? null,
          voicemailEnabled: input.voicemailEnabled ?? false, voicemailGreeting: toJsonColumn(input.voicemailGreeting ?? null),
        },
      });
      if (input.notifyUserIds?.length) {
        await tx.voicemailRecipient.createMany({ data: input.notifyUserIds.map((userId) => ({ tenantId: SCOPED_TENANT, extensionId: created.id, userId })) });
      }
      await tx.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: input.actorId ?? null, action: "extension.create", entityType: "Extension", entityId: created.id, data: { number: input.number } } });
      return created;
    });
    return { extension: await getExtension(db, extension.id), sip: { username: input.number, realm: tenant.sipRealm, password: credentials.password } };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new DomainError("DUPLICATE", `Extension ${input.number} already exists`, { field: "number", number: input.number });
    throw error;
  }
}

/** Changes an extension's name, member, forwarding or voicemail box. Its number never changes. */
export async function updateExtension(prisma: Db, tenantId: string, id: string, input: Partial<ExtensionInput> & { actorId?: string }) {
  const db = forTenant(prisma, tenantId);
  if (!(await db.extension.findFirst({ where: { id }, select: { id: true } }))) throw new DomainError("NOT_FOUND", "Extension not found");
  await checkMembers(db, [input.userId, ...(input.notifyUserIds ?? [])]);
  await db.$transaction(async (tx) => {
    await tx.extension.updateMany({
      where: { id },
      data: {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.userId !== undefined ? { userId: input.userId } : {}),
        ...(input.forwardTo !== undefined ? { forwardTo: input.forwardTo } : {}),
        ...(input.voicemailEnabled !== undefined ? { voicemailEnabled: input.voicemailEnabled } : {}),
        ...(input.voicemailGreeting !== undefined ? { voicemailGreeting: toJsonColumn(input.voicemailGreeting) } : {}),
      },
    });
    if (input.notifyUserIds !== undefined) {
      await tx.voicemailRecipient.deleteMany({ where: { extensionId: id } });
      if (input.notifyUserIds.length) {
        await tx.voicemailRecipient.createMany({ data: [...new Set(input.notifyUserIds)].map((userId) => ({ tenantId: SCOPED_TENANT, extensionId: id, userId })) });
      }
    }
    await tx.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: input.actorId ?? null, action: "extension.update", entityType: "Extension", entityId: id } });
  });
  return getExtension(db, id);
}

/** New SIP credentials for an extension (the old password stops working); shown once. */
export async function resetExtensionCredentials(prisma: Db, tenantId: string, id: string, actorId?: string) {
  const db = forTenant(prisma, tenantId);
  const extension = await db.extension.findFirst({ where: { id }, select: { number: true } });
  if (!extension) throw new DomainError("NOT_FOUND", "Extension not found");
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { sipRealm: true } });
  const credentials = createSipCredentials(extension.number, tenant.sipRealm);
  await db.extension.updateMany({ where: { id }, data: { sipUsername: extension.number, sipHa1: credentials.ha1, sipPasswordSetAt: new Date() } });
  await db.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: actorId ?? null, action: "extension.credentials.reset", entityType: "Extension", entityId: id } });
  return { username: extension.number, realm: tenant.sipRealm, password: credentials.password };
}

/**
 * Deletes an extension, unless a live flow rings it (refused with the flows) or a queue sends its
 * overflow there (refused with the queues). Queue memberships go with it.
 */
export async function deleteExtension(prisma: Db, tenantId: string, id: string, actorId?: string) {
  const db = forTenant(prisma, tenantId);
  const extension = await db.extension.findFirst({ where: { id }, select: { id: true, number: true } });
  if (!extension) throw new DomainError("NOT_FOUND", "Extension not found");
  const flows = await findFlowsUsing(db, { extension: extension.number });
  const queues = await db.queue.findMany({ where: { overflowAction: { in: ["extension", "voicemail"] }, overflowTarget: extension.number }, select: { id: true, name: true } });
  if (flows.live.length || queues.length) {
    throw new DomainError("IN_USE", `Extension ${extension.number} is still used`, { flows: flows.live, queues });
  }
  await db.extension.deleteMany({ where: { id } });
  await db.auditLog.create({ data: { tenantId: SCOPED_TENANT, userId: actorId ?? null, action: "extension.delete", entityType: "Extension", entityId: id, data: { number: extension.number } } });
  return { number: extension.number, draftsUsingIt: flows.drafts };
}
