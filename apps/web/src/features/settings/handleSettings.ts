import { z } from "zod";
import { getOrganisationSettings, readGettingStarted, forTenant, updateOrganisationSettings, type Db } from "@centrala/db";
import { promptSchema, ttsLanguages } from "@centrala/flow";
import { respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { isValidPhoneNumber } from "../numbers/formatPhoneNumber";

const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

/** PATCH /api/settings: any of the organisation's settings. */
export const patchSettingsBodySchema = z.strictObject({
  name: z.string().trim().min(1, "settings.errors.name").max(100).optional(),
  timezone: z.string().refine((zone) => timeZones.has(zone), "settings.errors.timezone").optional(),
  language: z.enum(ttsLanguages, { error: "settings.errors.language" }).optional(),
  voice: z.string().trim().min(1).max(100).nullable().optional(),
  fallbackNumber: z.string().trim().refine((n) => isValidPhoneNumber(n), "settings.errors.fallbackNumber").nullable().optional(),
  recordingAnnouncement: promptSchema.nullable().optional(),
  recordingRetentionDays: z.number({ error: "settings.errors.recordingRetentionDays" }).int("settings.errors.recordingRetentionDays")
    .min(1, "settings.errors.recordingRetentionDays").max(3650, "settings.errors.recordingRetentionDays").optional(),
});

/** GET /api/settings: the organisation's settings and the time zones to choose from. */
export async function handleGetSettings(prisma: Db, session: ApiSession): Promise<ApiResult> {
  return respondOk({ settings: await getOrganisationSettings(prisma, session.tenantId), timeZones: [...timeZones], languages: ttsLanguages });
}

export async function handlePatchSettings(prisma: Db, session: ApiSession, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(patchSettingsBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const settings = await updateOrganisationSettings(prisma, session.tenantId, { ...parsed.data, actorId: session.userId } as Parameters<typeof updateOrganisationSettings>[2]);
  return respondOk({ settings });
}

/** GET /api/getting-started: which of the four first steps the organisation has done. */
export async function handleGettingStarted(prisma: Db, session: ApiSession): Promise<ApiResult> {
  const steps = await readGettingStarted(forTenant(prisma, session.tenantId));
  return respondOk({
    steps: [
      { id: "claimNumber", done: steps.claimNumber, href: "/numbers" },
      { id: "addPeopleAndExtensions", done: steps.addPeopleAndExtensions.done, href: "/team", detail: steps.addPeopleAndExtensions },
      { id: "publishFlow", done: steps.publishFlow, href: "/flows/new" },
      { id: "testCall", done: steps.testCall, href: "/flows" },
    ],
    doneCount: steps.doneCount,
  });
}
