import { describe, expect, it } from "vitest";
import { pickLocaleFromAcceptLanguage } from "./pickLocaleFromAcceptLanguage";

describe("pickLocaleFromAcceptLanguage", () => {
  it("takes the best supported language", () => {
    expect(pickLocaleFromAcceptLanguage("pl-PL,pl;q=0.9,en;q=0.8")).toBe("pl");
    expect(pickLocaleFromAcceptLanguage("de-DE,en;q=0.5,pl;q=0.4")).toBe("en");
    expect(pickLocaleFromAcceptLanguage("en;q=0.2,pl;q=0.9")).toBe("pl");
    expect(pickLocaleFromAcceptLanguage("")).toBe("en");
  });
});
