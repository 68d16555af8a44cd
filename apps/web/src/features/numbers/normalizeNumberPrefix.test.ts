import { describe, expect, it } from "vitest";
import { formatPhoneNumber, isValidPhoneNumber } from "./formatPhoneNumber";
import { normalizeNumberPrefix } from "./normalizeNumberPrefix";

describe("phone number helpers", () => {
  it("formats numbers the way people write them", () => {
    expect(formatPhoneNumber("+48221234567")).toBe("+48 22 123 45 67");
    expect(formatPhoneNumber("+48601234567")).toBe("+48 601 234 567");
    expect(formatPhoneNumber("+442079460000")).toBe("+44 20 7946 0000");
    expect(formatPhoneNumber("not a number")).toBe("not a number");
  });

  it("accepts only whole, valid international numbers", () => {
    expect(isValidPhoneNumber("+48601234567")).toBe(true);
    expect(isValidPhoneNumber("+48 601 234 567")).toBe(false);
    expect(isValidPhoneNumber("+4860123")).toBe(false);
    expect(isValidPhoneNumber("601234567")).toBe(false);
  });

  it("turns a city code or an international prefix into an E.164 prefix", () => {
    expect(normalizeNumberPrefix("22")).toBe("+4822");
    expect(normalizeNumberPrefix("022")).toBe("+4822");
    expect(normalizeNumberPrefix("+48 22")).toBe("+4822");
    expect(normalizeNumberPrefix("0048 12")).toBe("+4812");
    expect(normalizeNumberPrefix("")).toBe("+48");
    expect(normalizeNumberPrefix("Kraków")).toBeNull();
  });
});
