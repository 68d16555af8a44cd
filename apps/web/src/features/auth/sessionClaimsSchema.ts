import { z } from "zod";
import { locales } from "../../i18n/locales";
import { roles } from "./permissions";

/** The claims a valid session token must carry; tokens without them are treated as signed out. */
export const sessionClaimsSchema = z.object({
  /** The server-side session (AuthSession) this cookie belongs to; signing out deletes it. */
  sid: z.string().min(1),
  userId: z.string().min(1),
  tenantId: z.string().min(1),
  tenantName: z.string(),
  /** The role when the person signed in; only for display — permissions read the membership afresh. */
  role: z.enum(roles),
  locale: z.enum(locales),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;
