import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** "+48221234567" → "+48 22 123 45 67" (international format); anything unparsable stays as given. */
export function formatPhoneNumber(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}

/** Whether a number is a valid, dialable international number (E.164 with a real numbering plan). */
export function isValidPhoneNumber(value: string): boolean {
  const parsed = parsePhoneNumberFromString(value);
  return Boolean(parsed?.isValid() && parsed.number === value);
}
