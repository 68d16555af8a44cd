import { describe, expect, it } from "vitest";
import { createTranslator } from "./createTranslator";
import { en } from "./en";
import { pl } from "./pl";
import { pickLocaleFromAcceptLanguage } from "./pickLocaleFromAcceptLanguage";

describe("createTranslator", () => {
  it("fills parameters", () => {
    expect(createTranslator("en")("password.tooShort", { min: 10, actual: 4 })).toBe("Use at least 10 characters (now 4).");
  });

  it("uses Polish plural forms for minutes", () => {
    const t = createTranslator("pl");
    expect(t.plural("signin.rateLimited", 1)).toBe("Zbyt wiele prób, spróbuj ponownie za 1 minutę.");
    expect(t.plural("signin.rateLimited", 3)).toBe("Zbyt wiele prób, spróbuj ponownie za 3 minuty.");
    expect(t.plural("signin.rateLimited", 15)).toBe("Zbyt wiele prób, spróbuj ponownie za 15 minut.");
    expect(createTranslator("en").plural("signin.rateLimited", 1)).toBe("Too many attempts, try again in 1 minute.");
  });

  it("has a Polish text for every English key, and none left untranslated by accident", () => {
    const same = Object.keys(en).filter((key) => en[key as keyof typeof en] === pl[key as keyof typeof pl]);
    expect(same.sort()).toEqual(["app.name", "locale.en", "locale.pl"]);
  });
});

describe("pickLocaleFromAcceptLanguage", () => {
  it("takes the best supported language", () => {
    expect(pickLocaleFromAcceptLanguage("pl-PL,pl;q=0.9,en;q=0.8")).toBe("pl");
    expect(pickLocaleFromAcceptLanguage("de-DE,en;q=0.5,pl;q=0.4")).toBe("en");
    expect(pickLocaleFromAcceptLanguage("en;q=0.2,pl;q=0.9")).toBe("pl");
    expect(pickLocaleFromAcceptLanguage("")).toBe("en");
  });
});
