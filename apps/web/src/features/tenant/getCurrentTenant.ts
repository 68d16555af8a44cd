import "server-only";
import { cache } from "react";
import { getPrisma, getTenant } from "@centrala/db";

/** The signed-in tenant's row, read once per request however many components ask. */
export const getCurrentTenant = cache((tenantId: string) => getTenant(getPrisma(), tenantId));
