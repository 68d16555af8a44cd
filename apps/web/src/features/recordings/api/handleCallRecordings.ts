import { buildRecordingUrl } from "@centrala/media";
import { findCallRecording, forTenant, getOrganisationSettings, listCallRecordingsPage, listMemberExtensionIds, logRecordingAccess, type Db, type TenantDb } from "@centrala/db";
import { z } from "zod";
import { respondNotFound, respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";
import { parseJsonBody } from "../../api/parseJsonBody";
import { can } from "../../auth/permissions";
import { convertZonedDayToInstant } from "../convertZonedDayToInstant";
import type { RecordingMedia } from "./handleRecordings";

export const CALL_RECORDINGS_PAGE_SIZE = 20;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "recordings.errors.date").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "recordings.errors.date");
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** The list's filters, as the page's query string carries them (empty fields mean "any"). */
export const callRecordingsQuerySchema = z.object({
  agent: optional(z.string().max(100)),
  queue: optional(z.string().max(100)),
  caller: optional(z.string().trim().max(32).regex(/^\+?[0-9 ()-]*$/, "recordings.errors.caller")),
  from: optional(day),
  to: optional(day),
  page: optional(z.coerce.number({ error: "recordings.errors.page" }).int("recordings.errors.page").min(1, "recordings.errors.page").max(10_000, "recordings.errors.page")),
}).refine((query) => !query.from || !query.to || query.from <= query.to, { message: "recordings.errors.range", path: ["to"] });

export type CallRecordingsQuery = z.infer<typeof callRecordingsQuerySchema>;

/**
 * Whose recordings this member may hear: everyone's for roles that supervise calls, else only the
 * calls they took themselves (the extensions linked to them; none linked: none).
 */
export async function readRecordingScope(db: TenantDb, session: ApiSession): Promise<{ agentExtensionIds?: string[] }> {
  if (can(session.role, "calls.supervise")) return {};
  return { agentExtensionIds: await listMemberExtensionIds(db, session.userId) };
}

/** One page of the call recordings the member may hear, for the page and GET /api/call-recordings. */
export async function readCallRecordings(prisma: Db, session: ApiSession, query: CallRecordingsQuery) {
  const db = forTenant(prisma, session.tenantId);
  const scope = await readRecordingScope(db, session);
  const { timezone } = await getOrganisationSettings(prisma, session.tenantId);
  const agentIds = query.agent ? (scope.agentExtensionIds ?? [query.agent]).filter((id) => id === query.agent) : scope.agentExtensionIds;
  const page = query.page ?? 1;
  const result = await listCallRecordingsPage(db, {
    ...(agentIds && { agentExtensionIds: agentIds }),
    ...(query.queue && { queueId: query.queue }),
    ...(query.caller && { caller: query.caller.replace(/[\s()-]/g, "") }),
    ...(query.from && { from: convertZonedDayToInstant(query.from, timezone) }),
    ...(query.to && { to: convertZonedDayToInstant(query.to, timezone, 1) }),
  }, { offset: (page - 1) * CALL_RECORDINGS_PAGE_SIZE, limit: CALL_RECORDINGS_PAGE_SIZE });
  return {
    ownOnly: scope.agentExtensionIds !== undefined,
    page, pageSize: CALL_RECORDINGS_PAGE_SIZE, total: result.total,
    recordings: result.rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
  };
}

export type CallRecordingsPage = Awaited<ReturnType<typeof readCallRecordings>>;

/** GET /api/call-recordings?agent=&queue=&caller=&from=&to=&page=: newest first, 20 a page. */
export async function handleListCallRecordings(prisma: Db, session: ApiSession, query: URLSearchParams): Promise<ApiResult> {
  const parsed = parseJsonBody(callRecordingsQuerySchema, Object.fromEntries(query), session.locale);
  if (!parsed.ok) return parsed.result;
  return respondOk(await readCallRecordings(prisma, session, parsed.data));
}

const accessSchema = z.strictObject({ access: z.enum(["play", "download"], { error: "recordings.errors.access" }) });

/**
 * POST /api/call-recordings/[id]/access {access: "play" | "download"}: writes the play or download
 * into the audit log and answers a signed link, valid for a short while, to that one recording.
 */
export async function handleRecordingAccess(prisma: Db, session: ApiSession, media: RecordingMedia, recordingId: string, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(accessSchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const db = forTenant(prisma, session.tenantId);
  const recording = await findCallRecording(db, recordingId, await readRecordingScope(db, session));
  if (!recording) return respondNotFound("Recording");
  await logRecordingAccess(db, recording.id, session.userId, parsed.data.access);
  const url = buildRecordingUrl(media.origin, media.signingKey, session.tenantId, recording.id, (media.now ?? Date.now)(), parsed.data.access === "download");
  return respondOk({ id: recording.id, access: parsed.data.access, url });
}
