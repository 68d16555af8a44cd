import { describe, expect, it } from "vitest";
import { readPhraseBook } from "./readPhraseBook";

describe("hold phrases", () => {
  it("agree with their numbers in every language", () => {
    const pl = readPhraseBook("pl-PL");
    expect([1, 2, 4, 5, 12, 22, 25].map((n) => pl.waited(n).split(".")[0])).toEqual([
      "Czekasz już 1 minutę", "Czekasz już 2 minuty", "Czekasz już 4 minuty", "Czekasz już 5 minut", "Czekasz już 12 minut", "Czekasz już 22 minuty", "Czekasz już 25 minut",
    ]);
    expect([0, 1, 2, 5].map((n) => pl.callersAhead(n))).toEqual([
      "Twoje połączenie jest następne w kolejce.", "Przed Tobą w kolejce: 1 osoba.", "Przed Tobą w kolejce: 2 osoby.", "Przed Tobą w kolejce: 5 osób.",
    ]);
    const en = readPhraseBook("en-GB");
    expect([0, 1, 3].map((n) => en.callersAhead(n))).toEqual(["You are next in line.", "There is 1 caller ahead of you.", "There are 3 callers ahead of you."]);
    expect(en.waited(1)).toBe("You have been waiting for 1 minute. Thank you for staying on the line.");
    expect(en.waited(2)).toMatch(/^You have been waiting for 2 minutes\./);
    const de = readPhraseBook("de-DE");
    expect([0, 1, 2].map((n) => de.callersAhead(n))).toEqual(["Sie sind als Nächstes an der Reihe.", "Vor Ihnen ist 1 Anrufer in der Warteschlange.", "Vor Ihnen sind 2 Anrufer in der Warteschlange."]);
    expect([1, 3].map((n) => de.waited(n).split(".")[0])).toEqual(["Sie warten seit 1 Minute", "Sie warten seit 3 Minuten"]);
    expect(readPhraseBook("xx").thanksForWaiting).toBe(en.thanksForWaiting);
  });
});
