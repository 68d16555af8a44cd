import type { Localized } from "../schema/localized";
import type { Problem, Severity } from "./problem";

// Every problem the flow package reports, with its severity and its message in English and
// Polish. Messages are read by office staff: they name the step by its label (or kind name)
// and say what to do, never "port" or "node data". Errors block publishing; warnings do not.

type CatalogueEntry<P> = { severity: Severity; message: (params: P) => Localized };

function defineEntry<P>(severity: Severity, message: (params: P) => Localized): CatalogueEntry<P> {
  return { severity, message };
}

type OnNode = { node: Localized };
type OnField = OnNode & { field: Localized };
type Limit = OnField & { limit: number; unit: "value" | "items" | "characters" };

const unitsEn = { value: "", items: " item(s)", characters: " character(s)" } as const;

function formatUnitPl(limit: number, unit: Limit["unit"]): string {
  if (unit === "value") return "";
  const few = limit % 10 >= 2 && limit % 10 <= 4 && (limit % 100 < 12 || limit % 100 > 14);
  const forms = unit === "items" ? ["element", "elementy", "elementów"] : ["znak", "znaki", "znaków"];
  return ` ${limit === 1 ? forms[0] : few ? forms[1] : forms[2]}`;
}

export const problemCatalogue = {
  // The document as a whole (import, parsing, migrations).
  FLOW001: defineEntry<Record<string, never>>("error", () => ({
    en: "This is not a Centrala call flow: the file is empty or does not contain a flow.",
    pl: "To nie jest scenariusz połączeń Centrali: plik jest pusty lub nie zawiera scenariusza.",
  })),
  FLOW002: defineEntry<Record<string, never>>("error", () => ({
    en: "The flow has no format version, so it cannot be read safely. Export it again from Centrala.",
    pl: "Scenariusz nie ma numeru wersji formatu, więc nie można go bezpiecznie odczytać. Wyeksportuj go ponownie z Centrali.",
  })),
  FLOW003: defineEntry<{ version: string; supported: number }>("error", (p) => ({
    en: `This flow was saved in format version ${p.version}, but this version of Centrala reads formats up to ${p.supported}. Update Centrala and try again.`,
    pl: `Ten scenariusz zapisano w formacie w wersji ${p.version}, a ta wersja Centrali odczytuje formaty do ${p.supported}. Zaktualizuj Centralę i spróbuj ponownie.`,
  })),
  FLOW004: defineEntry<{ nodeId: string; kind: string }>("error", (p) => ({
    en: `Node “${p.nodeId}” has an unknown kind “${p.kind}”.`,
    pl: `Węzeł „${p.nodeId}” ma nieznany rodzaj „${p.kind}”.`,
  })),
  FLOW005: defineEntry<{ nodeId: string }>("error", (p) => ({
    en: `Node “${p.nodeId}” has an id that is not allowed: use 1 to 64 letters, digits, “-” or “_”.`,
    pl: `Węzeł „${p.nodeId}” ma niedozwolony identyfikator: użyj od 1 do 64 liter, cyfr, „-” lub „_”.`,
  })),
  FLOW006: defineEntry<{ nodeId: string }>("error", (p) => ({
    en: `Two nodes share the id “${p.nodeId}”; each node needs its own.`,
    pl: `Dwa węzły mają ten sam identyfikator „${p.nodeId}”; każdy węzeł musi mieć własny.`,
  })),
  FLOW007: defineEntry<{ edgeId: string }>("error", (p) => ({
    en: `Two connections share the id “${p.edgeId}”; each connection needs its own.`,
    pl: `Dwa połączenia mają ten sam identyfikator „${p.edgeId}”; każde połączenie musi mieć własny.`,
  })),
  FLOW008: defineEntry<{ location: Localized }>("error", (p) => ({
    en: `Part of the flow is damaged (${p.location.en}): a value is missing or has the wrong type.`,
    pl: `Część scenariusza jest uszkodzona (${p.location.pl}): brakuje wartości lub ma ona zły typ.`,
  })),
  FLOW009: defineEntry<{ migration: string }>("error", (p) => ({
    en: `The flow could not be upgraded to the current format (the step “${p.migration}” failed).`,
    pl: `Nie udało się zaktualizować scenariusza do bieżącego formatu (krok „${p.migration}” się nie powiódł).`,
  })),

  // The settings of one step (field by field).
  FLOW010: defineEntry<OnField>("error", (p) => ({
    en: `In “${p.node.en}”, “${p.field.en}” must be filled in.`,
    pl: `W kroku „${p.node.pl}” pole „${p.field.pl}” musi być wypełnione.`,
  })),
  FLOW011: defineEntry<Limit>("error", (p) => ({
    en: `In “${p.node.en}”, “${p.field.en}” must be at least ${p.limit}${unitsEn[p.unit]}.`,
    pl: `W kroku „${p.node.pl}” pole „${p.field.pl}” ${p.unit === "value" ? "musi wynosić" : "musi mieć"} co najmniej ${p.limit}${formatUnitPl(p.limit, p.unit)}.`,
  })),
  FLOW012: defineEntry<Limit>("error", (p) => ({
    en: `In “${p.node.en}”, “${p.field.en}” must be at most ${p.limit}${unitsEn[p.unit]}.`,
    pl: `W kroku „${p.node.pl}” pole „${p.field.pl}” ${p.unit === "value" ? "może wynosić" : "może mieć"} najwyżej ${p.limit}${formatUnitPl(p.limit, p.unit)}.`,
  })),
  FLOW013: defineEntry<OnField>("error", (p) => ({
    en: `In “${p.node.en}”, “${p.field.en}” has a value that is not allowed.`,
    pl: `W kroku „${p.node.pl}” pole „${p.field.pl}” ma niedozwoloną wartość.`,
  })),

  FLOW014: defineEntry<OnNode & { limitKb: number }>("error", (p) => ({
    en: `The settings of “${p.node.en}” are too large (more than ${p.limitKb} KB). Shorten its texts or lists.`,
    pl: `Ustawienia kroku „${p.node.pl}” są zbyt duże (ponad ${p.limitKb} KB). Skróć teksty lub listy.`,
  })),
  FLOW015: defineEntry<{ limit: number; what: "steps" | "connections" | "schedules" }>("error", (p) => ({
    en: `The flow has more ${p.what === "steps" ? "steps" : p.what === "connections" ? "connections" : "shared schedules"} than allowed (${p.limit}). Split it into several flows joined by “Go to flow”.`,
    pl: `Scenariusz ma więcej ${p.what === "steps" ? "kroków" : p.what === "connections" ? "połączeń" : "wspólnych harmonogramów"}, niż to dozwolone (${p.limit}). Podziel go na kilka scenariuszy połączonych krokiem „Przejdź do scenariusza”.`,
  })),

  // How the steps are connected.
  FLOW020: defineEntry<Record<string, never>>("error", () => ({
    en: "The flow has no “Incoming call” step, so calls have nowhere to start.",
    pl: "Scenariusz nie ma kroku „Połączenie przychodzące”, więc połączenia nie mają gdzie się zacząć.",
  })),
  FLOW021: defineEntry<OnNode>("error", (p) => ({
    en: `The flow has more than one “Incoming call” step; “${p.node.en}” is extra. Keep exactly one.`,
    pl: `Scenariusz ma więcej niż jeden krok „Połączenie przychodzące”; „${p.node.pl}” jest zbędny. Zostaw dokładnie jeden.`,
  })),
  FLOW022: defineEntry<OnNode & { port: Localized }>("error", (p) => ({
    en: `The step “${p.node.en}” has nothing connected for “${p.port.en}”.`,
    pl: `Krok „${p.node.pl}” nie ma nic podłączonego do wyjścia „${p.port.pl}”.`,
  })),
  FLOW023: defineEntry<OnNode & { target: string }>("error", (p) => ({
    en: `A connection from “${p.node.en}” leads to a step that no longer exists (“${p.target}”).`,
    pl: `Połączenie z kroku „${p.node.pl}” prowadzi do kroku, który już nie istnieje („${p.target}”).`,
  })),
  FLOW024: defineEntry<{ source: string }>("error", (p) => ({
    en: `A connection starts at a step that no longer exists (“${p.source}”).`,
    pl: `Połączenie zaczyna się w kroku, który już nie istnieje („${p.source}”).`,
  })),
  FLOW025: defineEntry<OnNode & { port: string }>("error", (p) => ({
    en: `A connection leaves “${p.node.en}” from an exit it does not have (“${p.port}”). Remove it and connect again.`,
    pl: `Połączenie wychodzi z kroku „${p.node.pl}” z wyjścia, którego ten krok nie ma („${p.port}”). Usuń je i połącz ponownie.`,
  })),
  FLOW026: defineEntry<OnNode & { port: Localized }>("error", (p) => ({
    en: `“${p.port.en}” of “${p.node.en}” is connected more than once; one exit can lead to only one step.`,
    pl: `Wyjście „${p.port.pl}” kroku „${p.node.pl}” jest połączone więcej niż raz; jedno wyjście może prowadzić tylko do jednego kroku.`,
  })),
  FLOW027: defineEntry<OnNode>("warning", (p) => ({
    en: `No call can ever reach “${p.node.en}”: nothing leads to it.`,
    pl: `Żadne połączenie nigdy nie dotrze do kroku „${p.node.pl}”: nic do niego nie prowadzi.`,
  })),
  FLOW028: defineEntry<{ steps: Localized }>("error", (p) => ({
    en: `These steps go round in a loop without ever waiting for the caller, so the call would spin forever: ${p.steps.en}. Add a message, a menu or another step that waits for the caller.`,
    pl: `Te kroki tworzą pętlę, która nigdy nie czeka na dzwoniącego, więc połączenie krążyłoby bez końca: ${p.steps.pl}. Dodaj komunikat, menu lub inny krok, który czeka na dzwoniącego.`,
  })),

  // Checks specific to one kind of step.
  FLOW030: defineEntry<OnNode>("error", (p) => ({
    en: `The menu “${p.node.en}” has nothing connected for when the caller presses nothing.`,
    pl: `Menu „${p.node.pl}” nie ma połączenia na wypadek, gdy dzwoniący nic nie naciśnie.`,
  })),
  FLOW031: defineEntry<OnNode & { key: string }>("error", (p) => ({
    en: `The menu “${p.node.en}” uses the key ${p.key} more than once.`,
    pl: `Menu „${p.node.pl}” używa klawisza ${p.key} więcej niż raz.`,
  })),
  FLOW032: defineEntry<OnNode>("error", (p) => ({
    en: `The queue “${p.node.en}” has nothing connected for when callers wait too long, so they would be cut off.`,
    pl: `Kolejka „${p.node.pl}” nie ma połączenia na wypadek zbyt długiego oczekiwania, więc dzwoniący zostaliby rozłączeni.`,
  })),
  FLOW033: defineEntry<OnNode>("error", (p) => ({
    en: `The business hours “${p.node.en}” have nothing connected for when the office is closed.`,
    pl: `Godziny pracy „${p.node.pl}” nie mają połączenia na czas, gdy biuro jest zamknięte.`,
  })),
  FLOW034: defineEntry<OnField & { promptId: string }>("error", (p) => ({
    en: `“${p.node.en}” plays the recording “${p.promptId}” (${p.field.en}), which is not in the prompt library.`,
    pl: `Krok „${p.node.pl}” odtwarza nagranie „${p.promptId}” (${p.field.pl}), którego nie ma w bibliotece komunikatów.`,
  })),
  FLOW035: defineEntry<OnField>("error", (p) => ({
    en: `In “${p.node.en}”, no recording is chosen for “${p.field.en}”.`,
    pl: `W kroku „${p.node.pl}” nie wybrano nagrania w polu „${p.field.pl}”.`,
  })),
  FLOW036: defineEntry<OnField>("error", (p) => ({
    en: `In “${p.node.en}”, the text to read out for “${p.field.en}” is empty.`,
    pl: `W kroku „${p.node.pl}” tekst do odczytania w polu „${p.field.pl}” jest pusty.`,
  })),
  FLOW037: defineEntry<OnNode & { number: string }>("error", (p) => ({
    en: `“${p.number}” in “${p.node.en}” is not a full international phone number. Write it like +48221234567.`,
    pl: `„${p.number}” w kroku „${p.node.pl}” nie jest pełnym międzynarodowym numerem telefonu. Wpisz go w postaci +48221234567.`,
  })),
  FLOW038: defineEntry<OnNode & { variable: string }>("warning", (p) => ({
    en: `“${p.node.en}” uses the value “${p.variable}”, but no step before it sets that value, so it will be empty.`,
    pl: `Krok „${p.node.pl}” używa wartości „${p.variable}”, ale żaden wcześniejszy krok jej nie ustawia, więc będzie pusta.`,
  })),
  FLOW039: defineEntry<OnNode & { extension: string }>("error", (p) => ({
    en: `“${p.node.en}” uses the extension “${p.extension}”, which does not exist.`,
    pl: `Krok „${p.node.pl}” używa numeru wewnętrznego „${p.extension}”, który nie istnieje.`,
  })),
  FLOW040: defineEntry<OnNode & { queue: string }>("error", (p) => ({
    en: `“${p.node.en}” uses the queue “${p.queue}”, which does not exist.`,
    pl: `Krok „${p.node.pl}” używa kolejki „${p.queue}”, która nie istnieje.`,
  })),
  FLOW041: defineEntry<OnNode & { flowId: string }>("error", (p) => ({
    en: `“${p.node.en}” leads to the flow “${p.flowId}”, which does not exist.`,
    pl: `Krok „${p.node.pl}” prowadzi do scenariusza „${p.flowId}”, który nie istnieje.`,
  })),
  FLOW042: defineEntry<OnNode & { url: string }>("error", (p) => ({
    en: `The web address “${p.url}” in “${p.node.en}” must start with http:// or https:// followed by a server name.`,
    pl: `Adres internetowy „${p.url}” w kroku „${p.node.pl}” musi zaczynać się od http:// lub https:// i nazwy serwera.`,
  })),
  FLOW043: defineEntry<OnNode & { min: number; max: number }>("error", (p) => ({
    en: `In “${p.node.en}”, the smallest number of digits (${p.min}) is larger than the largest (${p.max}).`,
    pl: `W kroku „${p.node.pl}” najmniejsza liczba cyfr (${p.min}) jest większa niż największa (${p.max}).`,
  })),
  FLOW044: defineEntry<OnField>("error", (p) => ({
    en: `In “${p.node.en}”, the pattern in “${p.field.en}” is not valid. Use digits and simple pattern signs such as \\d [ ] { } ? + * | ( ), at most 100 characters.`,
    pl: `W kroku „${p.node.pl}” wzorzec w polu „${p.field.pl}” jest niepoprawny. Użyj cyfr i prostych znaków wzorca, takich jak \\d [ ] { } ? + * | ( ), najwyżej 100 znaków.`,
  })),
  FLOW045: defineEntry<OnNode & { ruleId: string }>("error", (p) => ({
    en: `The condition “${p.node.en}” has two rules with the same id “${p.ruleId}”.`,
    pl: `Warunek „${p.node.pl}” ma dwie reguły o tym samym identyfikatorze „${p.ruleId}”.`,
  })),
  FLOW046: defineEntry<OnNode & { day: Localized; from: string; to: string }>("error", (p) => ({
    en: `In “${p.node.en}”, the opening time ${p.from}–${p.to} (${p.day.en}) ends before it starts.`,
    pl: `W kroku „${p.node.pl}” godziny otwarcia ${p.from}–${p.to} (${p.day.pl}) kończą się, zanim się zaczną.`,
  })),
  FLOW047: defineEntry<OnNode & { variable: string }>("error", (p) => ({
    en: `“${p.node.en}” tries to change “${p.variable}”, which the system sets and nobody can change. Choose another name.`,
    pl: `Krok „${p.node.pl}” próbuje zmienić wartość „${p.variable}”, którą ustawia system i której nie można zmieniać. Wybierz inną nazwę.`,
  })),
  FLOW048: defineEntry<OnNode & { timezone: string }>("error", (p) => ({
    en: `“${p.node.en}” uses the time zone “${p.timezone}”, which is not known. Use a name like Europe/Warsaw.`,
    pl: `Krok „${p.node.pl}” używa nieznanej strefy czasowej „${p.timezone}”. Użyj nazwy w rodzaju Europe/Warsaw.`,
  })),
  FLOW049: defineEntry<OnNode & { date: string }>("error", (p) => ({
    en: `“${p.node.en}” lists the date ${p.date}, which does not exist in the calendar.`,
    pl: `Krok „${p.node.pl}” zawiera datę ${p.date}, która nie istnieje w kalendarzu.`,
  })),
  FLOW050: defineEntry<OnNode>("error", (p) => ({
    en: `In the condition “${p.node.en}”, a comparison has nothing to compare with.`,
    pl: `W warunku „${p.node.pl}” jedno z porównań nie ma wartości, z którą można porównać.`,
  })),
  FLOW051: defineEntry<OnNode>("error", (p) => ({
    en: `“${p.node.en}” uses a queue that was deleted. Choose another queue.`,
    pl: `Krok „${p.node.pl}” używa kolejki, która została usunięta. Wybierz inną kolejkę.`,
  })),
  FLOW065: defineEntry<OnNode & { name: string; from: string; to: string }>("error", (p) => ({
    en: `In “${p.node.en}”, the holiday “${p.name}” ends (${p.to}) before it starts (${p.from}).`,
    pl: `W kroku „${p.node.pl}” święto „${p.name}” kończy się (${p.to}), zanim się zacznie (${p.from}).`,
  })),
  FLOW066: defineEntry<OnNode>("error", (p) => ({
    en: `“${p.node.en}” uses a shared schedule that no longer exists. Choose another one or give the step its own hours.`,
    pl: `Krok „${p.node.pl}” korzysta ze wspólnego harmonogramu, który już nie istnieje. Wybierz inny albo ustaw krokowi własne godziny.`,
  })),
  FLOW067: defineEntry<OnField & { schedule: string }>("error", (p) => ({
    en: `“${p.node.en}” uses the shared schedule “${p.schedule}”, whose “${p.field.en}” is not valid.`,
    pl: `Krok „${p.node.pl}” korzysta ze wspólnego harmonogramu „${p.schedule}”, w którym pole „${p.field.pl}” jest niepoprawne.`,
  })),
  FLOW060: defineEntry<OnNode & { detail: string }>("error", (p) => ({
    en: `The body of “${p.node.en}” is not valid JSON (${p.detail}). Put placeholders inside quotes, e.g. {"account": "{{account}}"}.`,
    pl: `Treść w kroku „${p.node.pl}” nie jest poprawnym JSON-em (${p.detail}). Wstaw wartości w cudzysłowy, np. {"konto": "{{account}}"}.`,
  })),
  FLOW061: defineEntry<OnNode & { method: string }>("warning", (p) => ({
    en: `“${p.node.en}” has a body, but ${p.method} requests send none. Choose POST, PUT or PATCH, or clear the body.`,
    pl: `Krok „${p.node.pl}” ma treść, ale zapytania ${p.method} jej nie wysyłają. Wybierz POST, PUT lub PATCH albo wyczyść treść.`,
  })),
};

/** A problem code from the catalogue, e.g. `FLOW030`. */
export type ProblemCode = keyof typeof problemCatalogue;
/** The values a code's message needs. */
export type ProblemParams<C extends ProblemCode> = Parameters<(typeof problemCatalogue)[C]["message"]>[0];

/** Builds a problem from the catalogue, pointing at a node (and port) when given. */
export function createProblem<C extends ProblemCode>(
  code: C,
  params: ProblemParams<C>,
  where: { nodeId?: string; port?: string } = {},
): Problem {
  const entry = problemCatalogue[code] as CatalogueEntry<ProblemParams<C>>;
  return { code, severity: entry.severity, ...where, message: entry.message(params) };
}
