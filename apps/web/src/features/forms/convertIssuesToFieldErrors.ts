import type { z } from "zod";
import { isMessageKey } from "../../i18n/isMessageKey";
import type { Message } from "../../i18n/Message";

export type FieldErrors<Field extends string> = Partial<Record<Field, Message[]>>;

/**
 * Turns zod issues into translatable messages per field. Schemas in the web app use message keys
 * as their error text, so the form can show the message in the reader's language.
 */
export function convertIssuesToFieldErrors<Field extends string>(issues: z.core.$ZodIssue[]): FieldErrors<Field> {
  const errors: Partial<Record<string, Message[]>> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    const list = (errors[field] ??= []);
    list.push(convertIssueToMessage(issue));
  }
  return errors as FieldErrors<Field>;
}

export function convertIssueToMessage(issue: z.core.$ZodIssue): Message {
  // A number or list over its cap says so in its own words (when its schema gives a message key).
  if (issue.code === "too_big" && (issue.origin === "string" || !isMessageKey(issue.message))) return { key: "errors.tooLong", params: { max: Number(issue.maximum) } };
  if (!isMessageKey(issue.message)) return { key: "errors.invalid" };
  if (issue.code === "custom" && issue.params) return { key: issue.message, params: issue.params };
  return { key: issue.message };
}
