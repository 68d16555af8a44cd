import { z } from "zod";
import { field } from "../schema/field";
import { keySchema, type Key } from "../schema/key";
import { promptSchema, readPromptVariables, createTtsPrompt } from "../schema/prompt";
import { validatePrompt } from "../validate/checkPrompt";
import { defineNode } from "./definition";
import { createPort, portLabels } from "./ports";

const labels = {
  prompt: { en: "Menu message", pl: "Komunikat menu" },
  keys: { en: "Keys", pl: "Klawisze" },
  noInputPrompt: { en: "Message when nothing is pressed", pl: "Komunikat przy braku wyboru" },
  invalidPrompt: { en: "Message for a wrong key", pl: "Komunikat przy złym klawiszu" },
};

/** The variable a menu that lets callers dial an extension sets on its `extension` exit. */
export const dialledExtensionVariable = "dialled_extension";
/** Extensions are 2 to 6 digits: the gather stops at 6, a single digit is a menu key. */
export const longestExtensionDigits = 6;
/** How long the gather waits after a digit for the next one before it takes what was typed. */
export const extensionInterDigitSeconds = 2;

export const menuDataSchema = z.object({
  prompt: field(promptSchema, labels.prompt, {
    en: "What the caller hears, e.g. “For sales press 1”.",
    pl: "Co usłyszy dzwoniący, np. „Aby połączyć się z działem sprzedaży, naciśnij 1”.",
  }),
  // Uniqueness is checked by validation (FLOW031) so the editor can save while a key is being changed.
  keys: field(z.array(keySchema).min(1).max(12), labels.keys, {
    en: "The keys the caller may press; each key gets its own exit.",
    pl: "Klawisze, które może nacisnąć dzwoniący; każdy ma własne wyjście.",
  }),
  timeoutSeconds: field(z.number().int().min(1).max(60).default(5), { en: "Seconds to wait", pl: "Czas oczekiwania (s)" }, {
    en: "How long to wait for a key after the message ends.",
    pl: "Jak długo czekać na klawisz po zakończeniu komunikatu.",
  }),
  maxAttempts: field(z.number().int().min(1).max(10).default(3), { en: "Attempts", pl: "Liczba prób" }, {
    en: "How many times nothing may be pressed before the “No key pressed” exit.",
    pl: "Ile razy dzwoniący może nic nie nacisnąć, zanim pójdzie wyjściem „Brak wyboru”.",
  }),
  maxInvalidAttempts: field(z.number().int().min(1).max(10).optional(), { en: "Wrong keys allowed", pl: "Dozwolone złe klawisze" }, {
    en: "How many wrong keys before the “Wrong key” exit (default: as many as the attempts). Silence and wrong keys are counted apart.",
    pl: "Ile złych klawiszy przed wyjściem „Zły klawisz” (domyślnie tyle, ile prób). Cisza i złe klawisze liczą się osobno.",
  }),
  noInputPrompt: field(promptSchema.optional(), labels.noInputPrompt, {
    en: "Played before the menu repeats because nothing was pressed.",
    pl: "Odtwarzany przed powtórzeniem menu, gdy nic nie naciśnięto.",
  }),
  invalidPrompt: field(promptSchema.optional(), labels.invalidPrompt, {
    en: "Played before the menu repeats because a key not on the list was pressed.",
    pl: "Odtwarzany przed powtórzeniem menu, gdy naciśnięto klawisz spoza listy.",
  }),
  dialExtension: field(z.boolean().optional(), { en: "Callers may dial an extension", pl: "Dzwoniący może wybrać numer wewnętrzny" }, {
    en: "While the message plays the caller may type an extension number (e.g. 102). One key followed by a short pause is a menu choice; an extension that does not exist is a wrong key. Connect the “Extension dialled” exit to a transfer to the dialled extension.",
    pl: "W trakcie komunikatu dzwoniący może wpisać numer wewnętrzny (np. 102). Jeden klawisz i chwila przerwy to wybór z menu; nieistniejący numer liczy się jak zły klawisz. Połącz wyjście „Wybrany numer wewnętrzny” z przekierowaniem na wybrany numer.",
  }),
});
export type MenuData = z.infer<typeof menuDataSchema>;

/** Lists each key once, in the order the caller set them. */
function listUniqueKeys(data: MenuData): string[] {
  return [...new Set(data.keys)];
}

function findDuplicateKeys(keys: readonly string[]): string[] {
  return [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
}

/** Offers key choices ("press 1 for sales"), one exit per key, and optionally dialling an extension. */
export const menu = defineNode({
  kind: "menu",
  labels: { en: "Key-press menu", pl: "Menu tonowe" },
  description: { en: "Lets the caller choose by pressing a key.", pl: "Pozwala dzwoniącemu wybrać opcję klawiszem." },
  icon: "grid-3x3",
  schema: menuDataSchema,
  defaultData: () => ({ prompt: createTtsPrompt(""), keys: ["1", "2"] satisfies Key[], timeoutSeconds: 5, maxAttempts: 3 }),
  ports: (data) => [
    ...listUniqueKeys(data).map((key) => createPort(`key:${key}`, { en: `Key ${key}`, pl: `Klawisz ${key}` }, true)),
    createPort("noInput", portLabels.noInput, true, { missingCode: "FLOW030" }),
    // Optional: without it a wrong key counts as an attempt and the menu repeats.
    createPort("invalid", portLabels.invalid, false),
    ...(data.dialExtension ? [createPort("extension", { en: "Extension dialled", pl: "Wybrany numer wewnętrzny" }, true)] : []),
  ],
  validate: (node, ctx) => [
    ...validatePrompt(node.data.prompt, labels.prompt, ctx),
    ...validatePrompt(node.data.noInputPrompt, labels.noInputPrompt, ctx),
    ...validatePrompt(node.data.invalidPrompt, labels.invalidPrompt, ctx),
    ...findDuplicateKeys(node.data.keys).map((key) => ctx.report("FLOW031", { key })),
  ],
  compile: (node): MenuData => ({ ...node.data, keys: node.data.keys.filter((key, index, all) => all.indexOf(key) === index) }),
  waitsForCaller: () => true,
  listReadVariables: (data) => [
    ...readPromptVariables(data.prompt),
    ...readPromptVariables(data.noInputPrompt),
    ...readPromptVariables(data.invalidPrompt),
  ],
  listSetVariables: (data, port) => (data.dialExtension && port === "extension" ? [dialledExtensionVariable] : []),
});
