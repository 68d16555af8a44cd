import { z } from "zod";
import { field } from "../schema/field";
import { promptSchema, readPromptVariables, createTtsPrompt } from "../schema/prompt";
import { varNameSchema } from "../schema/varName";
import { isValidDigitPattern, maxDigitPatternLength } from "../schema/digitPattern";
import { isSensitiveCollect } from "../schema/sensitiveDigits";
import { validatePrompt } from "../validate/checkPrompt";
import { validateAssignedVariables } from "../validate/checkReferences";
import { defineNode } from "./definition";
import { createPort, portLabels } from "./ports";

const labels = {
  prompt: { en: "Question", pl: "Pytanie" },
  pattern: { en: "Allowed pattern", pl: "Dozwolony wzorzec" },
  invalidPrompt: { en: "Message for wrong input", pl: "Komunikat przy złych danych" },
};

const digitCount = () => z.number().int().min(1).max(32);

export const collectDataSchema = z.object({
  prompt: field(promptSchema, labels.prompt, {
    en: "What the caller hears, e.g. “Enter your account number”.",
    pl: "Co usłyszy dzwoniący, np. „Podaj numer konta”.",
  }),
  variable: field(varNameSchema, { en: "Save as", pl: "Zapisz jako" }, {
    en: "The name under which the digits are kept, e.g. account_number.",
    pl: "Nazwa, pod którą zostaną zapisane cyfry, np. account_number.",
  }),
  minDigits: field(digitCount().default(1), { en: "Fewest digits", pl: "Najmniej cyfr" }, {
    en: "The shortest answer accepted.", pl: "Najkrótsza akceptowana odpowiedź.",
  }),
  maxDigits: field(digitCount(), { en: "Most digits", pl: "Najwięcej cyfr" }, {
    en: "Input ends by itself when this many digits are pressed.",
    pl: "Wprowadzanie kończy się samo po naciśnięciu tylu cyfr.",
  }),
  finishOnKey: field(z.enum(["#", "*"]).optional(), { en: "Key to finish", pl: "Klawisz zakończenia" }, {
    en: "The caller presses it to end a shorter answer.", pl: "Dzwoniący naciska go, by zakończyć krótszą odpowiedź.",
  }),
  pattern: field(z.string().max(maxDigitPatternLength).optional(), labels.pattern, {
    en: "Optional check of the digits, e.g. \\d{26} for a bank account number.",
    pl: "Opcjonalne sprawdzenie cyfr, np. \\d{26} dla numeru konta bankowego.",
  }),
  timeoutSeconds: field(z.number().int().min(1).max(60).default(8), { en: "Seconds to wait", pl: "Czas oczekiwania (s)" }, {
    en: "How long to wait for the caller to start and finish typing.",
    pl: "Jak długo czekać, aż dzwoniący zacznie i skończy wpisywać.",
  }),
  maxAttempts: field(z.number().int().min(1).max(10).default(3), { en: "Attempts", pl: "Liczba prób" }, {
    en: "How many times the question is asked before giving up.",
    pl: "Ile razy pytanie zostanie zadane, zanim nastąpi rezygnacja.",
  }),
  invalidPrompt: field(promptSchema.optional(), labels.invalidPrompt, {
    en: "Played before asking again because the answer did not fit.",
    pl: "Odtwarzany przed ponownym pytaniem, gdy odpowiedź nie pasowała.",
  }),
  sensitive: field(z.boolean().optional(), { en: "Sensitive (card number, PIN)", pl: "Dane poufne (numer karty, PIN)" }, {
    en: "The digits are never saved, logged or shown: the call log shows ••••. Only conditions and requests to https:// addresses can use them.",
    pl: "Cyfry nie są nigdzie zapisywane ani pokazywane: w historii połączeń widać ••••. Mogą z nich korzystać tylko warunki i zapytania na adresy https://.",
  }),
});
export type CollectData = z.infer<typeof collectDataSchema>;
/** The IR config: the sensitive switch is always decided (see `isSensitiveCollect`). */
export type CollectConfig = Omit<CollectData, "sensitive"> & { sensitive: boolean };

/** Asks the caller to type digits (an account or PIN) and keeps them in a variable. */
export const collect = defineNode({
  kind: "collect",
  labels: { en: "Collect digits", pl: "Pobierz cyfry" },
  description: { en: "Asks the caller to type a number and remembers it.", pl: "Prosi dzwoniącego o wpisanie numeru i zapamiętuje go." },
  icon: "keyboard",
  schema: collectDataSchema,
  // New steps start sensitive: an office user who asks for digits is most often asking for a PIN.
  defaultData: () => ({ prompt: createTtsPrompt(""), variable: "digits", minDigits: 1, maxDigits: 4, timeoutSeconds: 8, maxAttempts: 3, sensitive: true }),
  ports: () => [createPort("next", portLabels.next, true), createPort("failed", portLabels.failed, false)],
  validate: (node, ctx) => {
    const { data } = node;
    return [
      ...validatePrompt(data.prompt, labels.prompt, ctx),
      ...validatePrompt(data.invalidPrompt, labels.invalidPrompt, ctx),
      ...validateAssignedVariables([data.variable], ctx),
      ...(data.minDigits > data.maxDigits ? [ctx.report("FLOW043", { min: data.minDigits, max: data.maxDigits })] : []),
      ...(data.pattern !== undefined && !isValidDigitPattern(data.pattern) ? [ctx.report("FLOW044", { field: labels.pattern })] : []),
    ];
  },
  compile: (node): CollectConfig => ({ ...node.data, sensitive: isSensitiveCollect(node.data, node.label) }),
  waitsForCaller: () => true,
  listReadVariables: (data) => [...readPromptVariables(data.prompt), ...readPromptVariables(data.invalidPrompt)],
  listSetVariables: (data, port) => (port === "next" ? [data.variable] : []),
});
