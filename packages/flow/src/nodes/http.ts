import { z } from "zod";
import { field } from "../schema/field";
import { templateSchema, readTemplateVariables } from "../schema/template";
import { varNameSchema } from "../schema/varName";
import { validateAssignedVariables } from "../validate/checkReferences";
import type { Problem } from "../validate/problem";
import { defineNode, type NodeCheckContext } from "./definition";
import { createPort, portLabels } from "./ports";

export const responseMappingSchema = z.object({
  path: z.string().regex(/^[A-Za-z0-9_]{1,64}(?:\.[A-Za-z0-9_]{1,64}){0,15}$/),
  variable: varNameSchema,
});

export const httpDataSchema = z.object({
  url: field(templateSchema.min(1), { en: "Web address", pl: "Adres internetowy" }, {
    en: "Where to send the request; may contain values like {{account}} after the server name.",
    pl: "Dokąd wysłać zapytanie; po nazwie serwera może zawierać wartości, np. {{account}}.",
  }),
  method: field(z.enum(["GET", "POST"]).default("GET"), { en: "Method", pl: "Metoda" }, {
    en: "GET to read data, POST to send it.", pl: "GET, by pobrać dane, POST, by je wysłać.",
  }),
  headers: field(z.record(z.string().regex(/^[A-Za-z0-9-]{1,64}$/), templateSchema).default({}), { en: "Headers", pl: "Nagłówki" }, {
    en: "Extra request headers, e.g. an API key.", pl: "Dodatkowe nagłówki zapytania, np. klucz API.",
  }),
  timeoutMs: field(z.number().int().min(100).max(4000).default(3000), { en: "Time limit (ms)", pl: "Limit czasu (ms)" }, {
    en: "Waiting longer than this takes the “Error” exit.", pl: "Dłuższe oczekiwanie prowadzi do wyjścia „Błąd”.",
  }),
  responseMap: field(z.array(responseMappingSchema).max(50).default([]), { en: "Save from the answer", pl: "Zapisz z odpowiedzi" }, {
    en: "Values to keep from the answer, e.g. balance.amount as balance.",
    pl: "Wartości do zapamiętania z odpowiedzi, np. balance.amount jako balance.",
  }),
});
export type HttpData = z.infer<typeof httpDataSchema>;

// The server name must be written out: a host taken from a variable could point requests
// from our network anywhere.
const urlPattern = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#]|$)/i;

function validateUrl(url: string, ctx: NodeCheckContext): Problem[] {
  return urlPattern.test(url) ? [] : [ctx.report("FLOW042", { url })];
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
    ...validateAssignedVariables(node.data.responseMap.map((mapping) => mapping.variable), ctx),
  ],
  compile: (node): HttpData => node.data,
  // An HTTP answer is not the caller: a retry loop without a pause would hammer the service.
  waitsForCaller: () => false,
  listReadVariables: (data) => [...readTemplateVariables(data.url), ...Object.values(data.headers).flatMap(readTemplateVariables)],
  listSetVariables: (data, port) => (port === "success" ? data.responseMap.map((mapping) => mapping.variable) : []),
});
