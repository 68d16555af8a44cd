/**
 * Sensitive input: what a caller types that must never be stored, logged or shown (card numbers,
 * PINs, passwords, national id numbers). The call keeps such digits in memory only, for the steps
 * that need them; everywhere else they appear as `maskSensitiveDigits(value)`.
 */

// Names (of the variable or the step) that say what is asked for: English and Polish, as a whole
// word or a word part (`card_number`, `pin2`, `kod_karty`).
const sensitiveNamePattern = /pin|card|karta|karty|kart[eę]|cvv|cvc|pesel|passw|passcode|has[lł]o|secret|sekret|tajn|security|kod|code/i;

/** Digit counts that look like a PIN (4–6) or a payment card number (12–19). */
export function isPinOrCardLength(maxDigits: number): boolean {
  return (maxDigits >= 4 && maxDigits <= 6) || (maxDigits >= 12 && maxDigits <= 19);
}

/**
 * Whether a collect-digits step is sensitive: its own switch when set; otherwise (steps saved
 * before the switch existed) when its variable or label names a PIN, card, code or password, or
 * when it asks for as many digits as a PIN (4–6) or a card number (12–19).
 */
export function isSensitiveCollect(data: { sensitive?: boolean | undefined; variable?: string; maxDigits?: number }, label?: string): boolean {
  if (typeof data.sensitive === "boolean") return data.sensitive;
  if (sensitiveNamePattern.test(data.variable ?? "") || sensitiveNamePattern.test(label ?? "")) return true;
  return typeof data.maxDigits === "number" && isPinOrCardLength(data.maxDigits);
}

/** Whether digits are a payment card number: 12–19 digits that pass the Luhn check. */
export function looksLikeCardNumber(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The mask sensitive digits show as: the last four of a card-length entry (as on a receipt), nothing of a shorter one. */
export const sensitiveMask = "••••";

export function maskSensitiveDigits(value: string): string {
  return value.length >= 12 && /^\d+$/.test(value) ? `${sensitiveMask}${value.slice(-4)}` : sensitiveMask;
}
