import { z } from "zod";
import { field } from "../schema/field";
import { templateSchema, readTemplateVariables } from "../schema/template";
import { varNameSchema } from "../schema/varName";
import { validateAssignedVariables } from "../validate/checkReferences";
import type { Problem } from "../validate/problem";
import { defineNode, type NodeCheckContext } from "./definition";
import { createPort, portLabels } from "./ports";

export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof httpMethods)[number];
/** Methods that send a body. */
export const httpMethodsWithBody: readonly HttpMethod[] = ["POST", "PUT", "PATCH"];

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const responseMappingSchema = z.object({
  path: z.string().regex(/^[A-Za-z0-9_]{1,64}(?:\.[A-Za-z0-9_]{1,64}){0,15}$/),
  variable: varNameSchema,
});

export const httpDataSchema = z.object({
  url: field(templateSchema.min(1), { en: "Web address", pl: "Adres internetowy" }, {
    en: "Where to send the request; may contain values like {{account}} after the server name.",
    pl: "Dokąd wysłać zapytanie; po nazwie serwera może zawierać wartości, np. {{account}}.",
  }),
  method: field(z.enum(httpMethods).default("GET"), { en: "Method", pl: "Metoda" }, {
    en: "GET to read data; POST, PUT or PATCH to send it; DELETE to remove it.",
    pl: "GET, by pobrać dane; POST, PUT lub PATCH, by je wysłać; DELETE, by je usunąć.",
  }),
  headers: field(z.record(z.string().regex(/^[A-Za-z0-9-]{1,64}$/), templateSchema).default({}), { en: "Headers", pl: "Nagłówki" }, {
    en: "Extra request headers, e.g. an API key.", pl: "Dodatkowe nagłówki zapytania, np. klucz API.",
  }),
  body: field(templateSchema.optional(), { en: "Body (JSON)", pl: "Treść (JSON)" }, {
    en: "What POST, PUT or PATCH sends, as JSON; text values may hold placeholders, e.g. {\"account\": \"{{account}}\"}. Empty: the call's values.",
    pl: "Co wysyłają POST, PUT lub PATCH, w formacie JSON; teksty mogą zawierać wartości, np. {\"konto\": \"{{account}}\"}. Puste: wartości połączenia.",
  }),
  timeoutMs: field(z.number().int().min(100).max(10_000).default(3000), { en: "Time limit (ms)", pl: "Limit czasu (ms)" }, {
    en: "Waiting longer than this takes the “Error” exit. After about a second the caller hears “one moment”.",
    pl: "Dłuższe oczekiwanie prowadzi do wyjścia „Błąd”. Po około sekundzie dzwoniący słyszy „chwileczkę”.",
  }),
  responseMap: field(z.array(responseMappingSchema).max(50).default([]), { en: "Save from the answer", pl: "Zapisz z odpowiedzi" }, {
    en: "Values to keep from the answer, e.g. balance.amount as balance.",
    pl: "Wartości do zapamiętania z odpowiedzi, np. balance.amount jako balance.",
  }),
});
export type HttpData = z.infer<typeof httpDataSchema>;
/** The IR config: the body template parsed into JSON, its text values still holding placeholders. */
export type HttpConfig = Omit<HttpData, "body"> & { body?: JsonValue };

// The server name must be written out: a host taken from a variable could point requests
// from our network anywhere.
const urlPattern = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#]|$)/i;

function validateUrl(url: string, ctx: NodeCheckContext): Problem[] {
  return urlPattern.test(url) ? [] : [ctx.report("FLOW042", { url })];
}

/** Parses a body template: JSON whose text values may hold `{{placeholders}}`. */
export function parseBodyTemplate(body: string): { ok: true; value: JsonValue } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(body) as JsonValue };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function validateBody(data: HttpData, ctx: NodeCheckContext): Problem[] {
  if (data.body === undefined || data.body.trim() === "") return [];
  const parsed = parseBodyTemplate(data.body);
  if (!parsed.ok) return [ctx.report("FLOW060", { detail: parsed.error })];
  return httpMethodsWithBody.includes(data.method) ? [] : [ctx.report("FLOW061", { method: data.method })];
}

/** Every text value in a JSON body template, for the variables they read. */
function listBodyTexts(body: string | undefined): string[] {
  if (body === undefined) return [];
  const parsed = parseBodyTemplate(body);
  if (!parsed.ok) return [];
  const texts: string[] = [];
  const walk = (value: JsonValue) => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(parsed.value);
  return texts;
}

/** Asks a web service (e.g. an account balance) and keeps parts of its answer in variables. */
export const http = defineNode({
  kind: "http",
  labels: { en: "HTTP request", pl: "Zapytanie HTTP" },
  description: { en: "Fetches data from another system.", pl: "Pobiera dane z innego systemu." },
  icon: "globe",
  schema: httpDataSchema,
  defaultData: () => ({ url: "", method: "GET" as const, headers: {}, timeoutMs: 3000, responseMap: [] }),
  ports: () => [createPort("success", portLabels.success, true), createPort("error", portLabels.error, true)],
  validate: (node, ctx) => [
    ...validateUrl(node.data.url, ctx),
    ...validateBody(node.data, ctx),
    ...validateAssignedVariables(node.data.responseMap.map((mapping) => mapping.variable), ctx),
  ],
  compile: (node): HttpConfig => {
    const { body, ...rest } = node.data;
    const parsed = body === undefined || body.trim() === "" ? null : parseBodyTemplate(body);
    return parsed?.ok && httpMethodsWithBody.includes(rest.method) ? { ...rest, body: parsed.value } : rest;
  },
  // An HTTP answer is not the caller: a retry loop without a pause would hammer the service.
  waitsForCaller: () => false,
  listReadVariables: (data) => [
    ...readTemplateVariables(data.url),
    ...Object.values(data.headers).flatMap(readTemplateVariables),
    ...listBodyTexts(data.body).flatMap(readTemplateVariables),
  ],
  listSetVariables: (data, port) => (port === "success" ? data.responseMap.map((mapping) => mapping.variable) : []),
});
