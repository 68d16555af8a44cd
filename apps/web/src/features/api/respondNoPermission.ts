import type { Role } from "@centrala/db";
import { createAppTranslator } from "../../i18n/createAppTranslator";
import type { Locale } from "../../i18n/locales";
import type { Permission } from "../auth/permissions";
import type { ApiResult } from "./apiResult";

/** 403 naming the person's role and what it does not allow, in their language. */
export function respondNoPermission(session: { role: Role; locale: Locale }, permission: Permission): ApiResult {
  const t = createAppTranslator(session.locale);
  const message = t("permissions.forbidden", { role: t(`roles.${session.role}`), action: t(`permissions.action.${permission}`) });
  return { status: 403, body: { error: { code: "FORBIDDEN", message, permission } } };
}
