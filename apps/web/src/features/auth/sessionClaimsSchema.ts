import { z } from "zod";
import { locales } from "../../i18n/locales";

/** The claims a valid session token must carry; tokens without them are treated as signed out. */
export const sessionClaimsSchema = z.object({
  /** The server-side session (AuthSession) this cookie belongs to; signing out deletes it. */
  sid: z.string().min(1),
  userId: z.string().min(1),
  tenantId: z.string().min(1),
  tenantName: z.string(),
  role: z.enum(["owner", "admin", "editor", "viewer"]),
  locale: z.enum(locales),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;
