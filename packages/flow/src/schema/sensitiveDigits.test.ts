import { describe, expect, it } from "vitest";
import { isPinOrCardLength, isSensitiveCollect, looksLikeCardNumber, maskSensitiveDigits } from "./sensitiveDigits";

describe("sensitive digits", () => {
  it("takes a step's own switch over any guess", () => {
    expect(isSensitiveCollect({ sensitive: false, variable: "pin", maxDigits: 4 })).toBe(false);
    expect(isSensitiveCollect({ sensitive: true, variable: "order", maxDigits: 10 })).toBe(true);
  });

  it("guesses from the variable or the step's name, in English and Polish", () => {
    for (const variable of ["pin", "pin2", "card_number", "kod_karty", "cvv", "cvc", "pesel", "password", "haslo", "secret_code", "kod"]) {
      expect(isSensitiveCollect({ variable, maxDigits: 10 }), variable).toBe(true);
    }
    expect(isSensitiveCollect({ variable: "choice", maxDigits: 10 }, "Numer karty")).toBe(true);
    expect(isSensitiveCollect({ variable: "choice", maxDigits: 10 }, "Hasło klienta")).toBe(true);
    expect(isSensitiveCollect({ variable: "order", maxDigits: 10 }, "Order number")).toBe(false);
    expect(isSensitiveCollect({ variable: "order" })).toBe(false);
  });

  it("guesses from a PIN's (4–6) or a card's (12–19) number of digits", () => {
    expect([3, 4, 5, 6, 7, 11, 12, 16, 19, 20].map(isPinOrCardLength)).toEqual([false, true, true, true, false, false, true, true, true, false]);
    expect(isSensitiveCollect({ variable: "order", maxDigits: 4 })).toBe(true);
    expect(isSensitiveCollect({ variable: "order", maxDigits: 16 })).toBe(true);
    expect(isSensitiveCollect({ variable: "order", maxDigits: 26 })).toBe(false);
  });

  it("recognises card numbers by length and the Luhn check", () => {
    expect(looksLikeCardNumber("4111111111111111")).toBe(true);
    expect(looksLikeCardNumber("5555555555554444")).toBe(true);
    expect(looksLikeCardNumber("378282246310005")).toBe(true);
    expect(looksLikeCardNumber("4111111111111112")).toBe(false);
    expect(looksLikeCardNumber("79927398713")).toBe(false); // passes Luhn, but 11 digits
    expect(looksLikeCardNumber("7992739871300000000")).toBe(true); // 19 digits
    expect(looksLikeCardNumber("79927398713000000000")).toBe(false); // 20 digits
    expect(looksLikeCardNumber("41111111111111a1")).toBe(false);
    expect(looksLikeCardNumber("000000000000")).toBe(true);
  });

  it("masks a card-length entry down to its last four and a shorter one entirely", () => {
    expect(maskSensitiveDigits("4111111111111111")).toBe("••••1111");
    expect(maskSensitiveDigits("123456789012")).toBe("••••9012");
    expect(maskSensitiveDigits("12345678901")).toBe("••••");
    expect(maskSensitiveDigits("1234")).toBe("••••");
    expect(maskSensitiveDigits("")).toBe("••••");
    expect(maskSensitiveDigits("abcdefghijklmnop")).toBe("••••");
  });
});
