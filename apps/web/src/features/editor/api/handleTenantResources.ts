import { forTenant, listTenantPrompts, type Db } from "@centrala/db";
import { respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";

/** GET /api/prompts: the tenant's prompt library. */
export async function handleListPrompts(prisma: Db, session: ApiSession): Promise<ApiResult> {
  return respondOk({ prompts: await listTenantPrompts(forTenant(prisma, session.tenantId)) });
}
