import { describe, expect, it } from "vitest";
import { checkPassword } from "./checkPassword";

describe("checkPassword", () => {
  it("accepts ten characters of two kinds", () => {
    expect(checkPassword("centrala2026")).toEqual([]);
    expect(checkPassword("Zażółćgęśl")).toEqual([]);
  });

  it("says how long the password is when it is too short", () => {
    expect(checkPassword("abc12")).toEqual([{ key: "password.tooShort", params: { min: 10, actual: 5 } }]);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(checkPassword("ąęłńóśźż1😀")).toEqual([]);
  });

  it("names the one kind of character a password is made of", () => {
    expect(checkPassword("abcdefghijkl")).toEqual([{ key: "password.onlyLower" }]);
    expect(checkPassword("ŻÓŁWIKABCDEF")).toEqual([{ key: "password.onlyUpper" }]);
    expect(checkPassword("123456789012")).toEqual([{ key: "password.onlyDigits" }]);
    expect(checkPassword("!@#$%^&*()_+")).toEqual([{ key: "password.onlySymbols" }]);
  });

  it("reports both problems at once", () => {
    expect(checkPassword("abc")).toEqual([
      { key: "password.tooShort", params: { min: 10, actual: 3 } },
      { key: "password.onlyLower" },
    ]);
  });

  it("treats an empty password as too short", () => {
    expect(checkPassword("")).toEqual([{ key: "password.tooShort", params: { min: 10, actual: 0 } }]);
  });

  it("refuses very long passwords", () => {
    expect(checkPassword("a1".repeat(101))).toEqual([{ key: "errors.tooLong", params: { max: 200 } }]);
  });
});
