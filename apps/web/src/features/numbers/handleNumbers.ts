import {
  claimNumber, describeNumberRelease, DomainError, forTenant, listTenantNumbers, releaseNumber, routeNumberToFlow, searchPoolNumbers, type Db, type NumberProvisioner,
} from "@centrala/db";
import { respondError, respondOk, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import { parseJsonBody } from "../api/parseJsonBody";
import { respondDomainError } from "../workspace/respondDomainError";
import { formatPhoneNumber } from "./formatPhoneNumber";
import { claimNumberBodySchema, patchNumberBodySchema } from "./numberSchemas";
import { normalizeNumberPrefix } from "./normalizeNumberPrefix";

export type SerializedNumber = ReturnType<typeof serializeNumber>;
type NumberRow = Awaited<ReturnType<typeof listTenantNumbers>>[number];

/** A tenant number as the API and the numbers page show it. */
export function serializeNumber(number: NumberRow) {
  return {
    id: number.id, e164: number.e164, formatted: formatPhoneNumber(number.e164), label: number.label, status: number.status, source: number.source,
    claimedAt: number.claimedAt?.toISOString() ?? null, flow: number.flowId ? { id: number.flowId, name: number.flow?.name ?? "" } : null,
  };
}

/** GET /api/numbers: the tenant's numbers, formatted, with the flow each rings into. */
export async function handleListNumbers(prisma: Db, session: ApiSession): Promise<ApiResult> {
  return respondOk({ numbers: (await listTenantNumbers(forTenant(prisma, session.tenantId))).map(serializeNumber) });
}

/** GET /api/numbers/pool?prefix=22: free pool numbers starting with a city code or international prefix. */
export async function handleSearchPool(prisma: Db, session: ApiSession, prefix: string): Promise<ApiResult> {
  const e164Prefix = normalizeNumberPrefix(prefix);
  if (!e164Prefix) {
    return respondError(400, "VALIDATION", session.locale === "pl" ? `„${prefix}” nie jest początkiem numeru: wpisz np. 22 albo +48 22` : `“${prefix}” is not the start of a number: type e.g. 22 or +48 22`, [{ path: "prefix", message: "digits expected" }]);
  }
  const numbers = await searchPoolNumbers(prisma, { e164Prefix, limit: 50 });
  return respondOk({ prefix: e164Prefix, numbers: numbers.map((number) => ({ e164: number.e164, formatted: formatPhoneNumber(number.e164) })) });
}

/** POST /api/numbers: claim a pool number and provision it in jambonz (rolled back if jambonz fails). */
export async function handleClaimNumber(prisma: Db, provisioner: NumberProvisioner, session: ApiSession, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(claimNumberBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  try {
    await claimNumber(prisma, provisioner, { tenantId: session.tenantId, e164: parsed.data.e164, userId: session.userId });
  } catch (error) {
    return respondDomainError(error, session.locale, session.locale === "pl" ? "Numer w puli" : "Pool number");
  }
  const number = (await listTenantNumbers(forTenant(prisma, session.tenantId))).find((row) => row.e164 === parsed.data.e164);
  if (!number) throw new Error(`Number ${parsed.data.e164} vanished right after it was claimed`);
  return respondOk({ number: serializeNumber(number) }, 201);
}

/** GET /api/numbers/[id]: one number, with the flow that would lose it on release. */
export async function handleGetNumber(prisma: Db, session: ApiSession, numberId: string): Promise<ApiResult> {
  const number = (await listTenantNumbers(forTenant(prisma, session.tenantId))).find((row) => row.id === numberId);
  if (!number) return respondDomainError(new DomainError("NOT_FOUND", "Number not found"), session.locale, session.locale === "pl" ? "Numer" : "Number");
  const release = await describeNumberRelease(prisma, session.tenantId, numberId);
  return respondOk({ number: serializeNumber(number), releaseTakesItFrom: release.flowLosingIt });
}

/** PATCH /api/numbers/[id]: route the number to a flow (null: nowhere) or rename its label. */
export async function handlePatchNumber(prisma: Db, session: ApiSession, numberId: string, body: unknown): Promise<ApiResult> {
  const parsed = parseJsonBody(patchNumberBodySchema, body, session.locale);
  if (!parsed.ok) return parsed.result;
  const db = forTenant(prisma, session.tenantId);
  try {
    if (parsed.data.flowId !== undefined) await routeNumberToFlow(db, { numberId, flowId: parsed.data.flowId, userId: session.userId });
    if (parsed.data.label !== undefined) {
      const { count } = await db.phoneNumber.updateMany({ where: { id: numberId }, data: { label: parsed.data.label } });
      if (count === 0) throw new DomainError("NOT_FOUND", "Number not found");
    }
  } catch (error) {
    return respondDomainError(error, session.locale, session.locale === "pl" ? "Numer lub scenariusz" : "Number or flow");
  }
  return handleGetNumber(prisma, session, numberId);
}

/** DELETE /api/numbers/[id]: release the number (jambonz first); answers which flow lost it. */
export async function handleReleaseNumber(prisma: Db, provisioner: NumberProvisioner, session: ApiSession, numberId: string): Promise<ApiResult> {
  try {
    const released = await releaseNumber(prisma, provisioner, { tenantId: session.tenantId, numberId, userId: session.userId });
    return respondOk({ released: { e164: released.e164, formatted: formatPhoneNumber(released.e164) }, flowLostIt: released.flowLosingIt });
  } catch (error) {
    return respondDomainError(error, session.locale, session.locale === "pl" ? "Numer" : "Number");
  }
}
