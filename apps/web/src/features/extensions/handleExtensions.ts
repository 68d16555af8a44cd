import { createExtension, deleteExtension, DomainError, forTenant, getExtension, listExtensions, resetExtensionCredentials, updateExtension, type Db } from "@centrala/db";
import { respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { formatPhoneNumber } from "../numbers/formatPhoneNumber";
import { respondDomainError } from "../workspace/respondDomainError";
import { createExtensionBodySchema, patchExtensionBodySchema } from "./extensionSchemas";

type ExtensionRow = NonNullable<Awaited<ReturnType<typeof getExtension>>>;

/** An extension as the API and the /extensions screen see it. */
export type ExtensionView = ReturnType<typeof serializeExtension>;
/** SIP credentials, in the one answer that shows the password. */
export type SipCredentials = { username: string; realm: string; password: string };

function serializeExtension(extension: ExtensionRow) {
  return {
    id: extension.id, number: extension.number, name: extension.name, userId: extension.userId, user: extension.user,
    sipUsername: extension.sipUsername, credentialsSetAt: extension.sipPasswordSetAt?.toISOString() ?? null,
    forwardTo: extension.forwardTo, forwardToFormatted: extension.forwardTo ? formatPhoneNumber(extension.forwardTo) : null,
    voicemail: { enabled: extension.voicemailEnabled, greeting: extension.voicemailGreeting, notifyUserIds: extension.voicemailRecipients.map((r) => r.userId) },
    queues: extension.queues.map((member) => member.queue),
  };
}

const what = (session: ApiSession) => (session.locale === "pl" ? "Numer wewnętrzny" : "Extension");

/** GET /api/extensions: the tenant's extensions by number (the editor reads `number` and `name`). */
export async function handleListExtensionsFull(prisma: Db, session: ApiSession): Promise<ApiResult> {
  return respondOk({ extensions: (await listExtensions(forTenant(prisma, session.tenantId))).map(serializeExtension) });
}

/** POST /api/extensions: adds one; the answer carries its SIP password, shown this once. */
export async function handleCreateExtension(prisma: Db, session: ApiSession, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(createExtensionBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  try {
    const { extension, sip } = await createExtension(prisma, session.tenantId, { ...parsed.data, actorId: session.userId });
    if (!extension) throw new Error("extension vanished right after it was created");
    return respondOk({ extension: serializeExtension(extension), sip }, 201);
  } catch (error) {
    return respondDomainError(error, session.locale, what(session));
  }
}

export async function handleGetExtension(prisma: Db, session: ApiSession, id: string): Promise<ApiResult> {
  const extension = await getExtension(forTenant(prisma, session.tenantId), id);
  if (!extension) return respondDomainError(new DomainError("NOT_FOUND", "Extension not found"), session.locale, what(session));
  return respondOk({ extension: serializeExtension(extension) });
}

/** PATCH /api/extensions/[id]: name, member, forwarding, voicemail box (never the number). */
export async function handlePatchExtension(prisma: Db, session: ApiSession, id: string, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(patchExtensionBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  try {
    const { number: _never, ...changes } = parsed.data;
    const extension = await updateExtension(prisma, session.tenantId, id, { ...changes, actorId: session.userId });
    return respondOk({ extension: extension ? serializeExtension(extension) : null });
  } catch (error) {
    return respondDomainError(error, session.locale, what(session));
  }
}

/** POST /api/extensions/[id]/credentials: new SIP password (the old one stops working), shown once. */
export async function handleResetCredentials(prisma: Db, session: ApiSession, id: string): Promise<ApiResult> {
  try {
    return respondOk({ sip: await resetExtensionCredentials(prisma, session.tenantId, id, session.userId) });
  } catch (error) {
    return respondDomainError(error, session.locale, what(session));
  }
}

/** DELETE /api/extensions/[id]: refused (409, with the flows and queues) while something live uses it. */
export async function handleDeleteExtension(prisma: Db, session: ApiSession, id: string): Promise<ApiResult> {
  try {
    return respondOk({ deleted: await deleteExtension(prisma, session.tenantId, id, session.userId) });
  } catch (error) {
    return respondDomainError(error, session.locale, what(session));
  }
}
