import "server-only";
import { getPrisma } from "@centrala/db";
import { auth } from "@/auth";
import { getLocale } from "@/i18n/getLocale";
import type { Permission } from "../auth/permissions";
import { convertApiResultToResponse, type ApiResult } from "./apiResult";
import type { ApiSession } from "./ApiSession";
import { authorizeApiSession } from "./authorizeApiSession";

/**
 * Runs an API handler for a signed-in member whose role has `permission` (features/auth/permissions.ts),
 * reading the membership afresh; otherwise answers 401 or 403. Every non-public route goes through
 * here, and app/api/routePermissions.ts lists which permission each one asks for.
 */
export async function withApiSession(
  _request: Request, permission: Permission, handle: (session: ApiSession) => Promise<ApiResult | Response>,
): Promise<Response> {
  const session = await auth();
  const claims = session?.tenantId ? { userId: session.userId, tenantId: session.tenantId, locale: session.locale } : null;
  const gate = await authorizeApiSession(getPrisma(), claims, permission, claims ? undefined : await getLocale());
  if (!gate.ok) return convertApiResultToResponse(gate.result);
  const result = await handle(gate.session);
  // A handler may answer with a ready Response (a stream, such as the call centre's live events).
  return result instanceof Response ? result : convertApiResultToResponse(result);
}
