import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { notifyRoutingChanged } from "../calls/resolveNumberRoute";
import { toJsonColumn } from "../toJsonColumn";

export type OrganisationSettings = {
  name: string;
  timezone: string;
  /** The language callers hear (BCP 47, e.g. "pl-PL"). */
  language: string;
  voice: string | null;
  fallbackNumber: string | null;
  recordingAnnouncement: unknown;
  /** Call recordings older than this many days are deleted. */
  recordingRetentionDays: number;
};

const settingsSelect = { name: true, timezone: true, language: true, voice: true, fallbackNumber: true, recordingAnnouncement: true, recordingRetentionDays: true } as const;

/** The organisation's settings (the tenant row is not reachable through forTenant). */
export async function getOrganisationSettings(prisma: Db, tenantId: string): Promise<OrganisationSettings> {
  const tenant = await prisma.tenant.findUnique({ where: { id: tenantId }, select: settingsSelect });
  if (!tenant) throw new DomainError("NOT_FOUND", "Organisation not found");
  return tenant;
}

/** Changes the settings given; calls already in progress keep theirs, the next call takes the new ones. */
export async function updateOrganisationSettings(prisma: Db, tenantId: string, input: Partial<OrganisationSettings> & { actorId?: string }) {
  const { actorId, recordingAnnouncement, name, ...rest } = input;
  const tenant = await prisma.tenant.update({
    where: { id: tenantId },
    data: {
      ...rest,
      ...(name !== undefined ? { name: name.trim() } : {}),
      ...(recordingAnnouncement !== undefined ? { recordingAnnouncement: toJsonColumn(recordingAnnouncement) } : {}),
    },
    select: settingsSelect,
  });
  await notifyRoutingChanged(prisma, `tenant:${tenantId}`);
  await prisma.auditLog.create({ data: { tenantId, userId: actorId ?? null, action: "settings.update", entityType: "Tenant", entityId: tenantId, data: { fields: Object.keys(input).filter((key) => key !== "actorId") } } });
  return tenant;
}
