import type { Role } from "@centrala/db";
import type { Locale } from "../i18n/locales";

// What Centrala keeps in the session token, typed for auth(), callbacks and authorize().
declare module "next-auth" {
  interface Session {
    userId: string;
    tenantId: string;
    tenantName: string;
    role: Role;
    locale: Locale;
  }
  interface User {
    tenantId: string;
    tenantName: string;
    role: Role;
    locale: Locale;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The server-side session id (AuthSession); never sent to pages. */
    sid?: string;
    userId?: string;
    tenantId?: string;
    tenantName?: string;
    role?: Role;
    locale?: Locale;
  }
}
