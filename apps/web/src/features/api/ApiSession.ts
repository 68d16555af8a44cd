import type { Role } from "@centrala/db";
import type { Locale } from "../../i18n/locales";

/** The part of the session an API handler needs (plain data, so handlers are testable). */
export type ApiSession = { userId: string; tenantId: string; role: Role; locale: Locale };

