import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { createAppFormatter } from "../createAppFormatter";
import { createAppTranslator } from "../createAppTranslator";
import { enMessages } from "./en/enMessages";
import { plMessages } from "./pl/plMessages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const kinds: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text", [TYPE.number]: "number", [TYPE.date]: "date", [TYPE.time]: "time",
  [TYPE.plural]: "plural", [TYPE.select]: "select", [TYPE.tag]: "tag",
};

/** The arguments a message takes, with their kind ("count:plural", "name:text"). */
function readArguments(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    const kind = kinds[element.type];
    if (kind && "value" in element) found.add(`${String(element.value)}:${kind}`);
    if ("options" in element) for (const option of Object.values(element.options)) readArguments(option.value, found);
    if ("children" in element) readArguments(element.children, found);
  }
  return found;
}

const en = flatten(enMessages);
const pl = flatten(plMessages);

describe("messages", () => {
  it("has every key in both English and Polish", () => {
    expect([...pl.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("gives each message the same ICU arguments in both languages", () => {
    const mismatches = [...en].flatMap(([key, english]) => {
      const a = [...readArguments(parse(english))].sort().join(", ");
      const b = [...readArguments(parse(pl.get(key) ?? ""))].sort().join(", ");
      return a === b ? [] : [`${key}: en {${a}} pl {${b}}`];
    });
    expect(mismatches).toEqual([]);
  });

  it("gives Polish plurals all four forms (1 minutę, 3 minuty, 5 minut, 1,5 minuty)", () => {
    const missing: string[] = [];
    const check = (key: string, elements: MessageFormatElement[]) => {
      for (const element of elements) {
        if (element.type === TYPE.plural) {
          for (const form of ["one", "few", "many", "other"]) if (!(form in element.options)) missing.push(`${key}: ${form}`);
        }
        if ("options" in element) for (const option of Object.values(element.options)) check(key, option.value);
      }
    };
    for (const [key, text] of pl) check(key, parse(text));
    expect(missing).toEqual([]);
  });

  it("has no half-made plurals like “problem(s)” or “problem(y)” left", () => {
    const found = [...en, ...pl].filter(([, text]) => /\w\((s|y|ów|e|a)\)/.test(text)).map(([key]) => key);
    expect(found).toEqual([]);
  });

  it("has a Polish text for every English one, and none left untranslated by accident", () => {
    const same = [...en].filter(([key, text]) => pl.get(key) === text).map(([key]) => key);
    // Names and words that read the same in both languages.
    expect(same.sort()).toEqual(["app.name", "editor.common.ok", "editor.history.by", "editor.option.moderator", "locale.en", "locale.pl", "roles.admin"]);
  });

  it("picks the Polish plural form by the number", () => {
    const t = createAppTranslator("pl");
    expect(t("signin.rateLimited", { count: 1 })).toBe("Zbyt wiele prób, spróbuj ponownie za 1 minutę.");
    expect(t("signin.rateLimited", { count: 3 })).toBe("Zbyt wiele prób, spróbuj ponownie za 3 minuty.");
    expect(t("signin.rateLimited", { count: 15 })).toBe("Zbyt wiele prób, spróbuj ponownie za 15 minut.");
    expect(t("editor.toolbar.publishBlocked", { count: 22 })).toBe("Najpierw popraw 22 problemy");
    expect(createAppTranslator("en")("signin.rateLimited", { count: 1 })).toBe("Too many attempts, try again in 1 minute.");
    expect(createAppTranslator("en")("editor.toolbar.publishBlocked", { count: 2 })).toBe("Fix 2 problems first");
  });
});

describe("formats", () => {
  const moment = new Date("2026-01-06T08:00:00Z"); // 09:00 in Warsaw

  it("shows Polish dates as 06.01.2026 and times as 24-hour 09:00", () => {
    const format = createAppFormatter("pl");
    expect(format.dateTime(moment, "date")).toBe("06.01.2026");
    expect(format.dateTime(moment, "time")).toBe("09:00");
    expect(format.dateTime(moment, "dateTime")).toBe("06.01.2026, 09:00");
  });

  it("shows English dates with the month's name and 24-hour times, in the organisation's time zone", () => {
    const format = createAppFormatter("en", "Europe/London");
    expect(format.dateTime(moment, "date")).toBe("Jan 6, 2026");
    expect(format.dateTime(moment, "time")).toBe("08:00");
  });
});
