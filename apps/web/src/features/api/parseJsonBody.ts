import type { z } from "zod";
import { createAppTranslator } from "../../i18n/createAppTranslator";
import { isMessageKey } from "../../i18n/isMessageKey";
import type { Locale } from "../../i18n/locales";
import { convertIssueToMessage } from "../forms/convertIssuesToFieldErrors";
import { respondError, type ApiResult } from "./apiResult";

/**
 * Checks a JSON body against a schema. Returns the data, or a 400 naming each bad field in the
 * caller's language (messages that are not catalogue keys keep zod's English wording).
 */
export function parseJsonBody<Schema extends z.ZodType>(
  schema: Schema, body: unknown, locale: Locale,
): { ok: true; data: z.infer<Schema> } | { ok: false; result: ApiResult } {
  if (body === undefined) return { ok: false, result: respondError(400, "INVALID_JSON", "The request body must be JSON") };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const t = createAppTranslator(locale);
  const translate = ({ key, params }: ReturnType<typeof convertIssueToMessage>) => t(key, params);
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join(".") || "(body)",
    message: isMessageKey(issue.message) || issue.code === "too_big" ? translate(convertIssueToMessage(issue)) : issue.message,
  }));
  return { ok: false, result: respondError(400, "VALIDATION", "The request body is not valid", issues) };
}
