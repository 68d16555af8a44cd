import "server-only";
import { auth } from "@/auth";
import { convertApiResultToResponse, respondUnauthorized, type ApiResult } from "./apiResult";
import type { ApiSession } from "./ApiSession";

/** Runs an API handler for the signed-in person, or answers 401. */
export async function withApiSession(handle: (session: ApiSession) => Promise<ApiResult>): Promise<Response> {
  const session = await auth();
  if (!session?.tenantId) return convertApiResultToResponse(respondUnauthorized());
  const { userId, tenantId, role, locale } = session;
  return convertApiResultToResponse(await handle({ userId, tenantId, role, locale }));
}

