import { forTenant, listTenantExtensions, type Db } from "@centrala/db";
import { respondOk, type ApiResult } from "../../api/apiResult";
import type { ApiSession } from "../../api/ApiSession";

/** GET /api/extensions: the tenant's extensions. */
export async function handleListExtensions(prisma: Db, session: ApiSession): Promise<ApiResult> {
  return respondOk({ extensions: await listTenantExtensions(forTenant(prisma, session.tenantId)) });
}
