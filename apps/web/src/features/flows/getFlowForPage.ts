import "server-only";
import { cache } from "react";
import { forTenant, getFlow, getPrisma } from "@centrala/db";

/** One of the tenant's flows (null for a missing id or another tenant's), read once per request. */
export const getFlowForPage = cache((tenantId: string, flowId: string) => getFlow(forTenant(getPrisma(), tenantId), flowId));
