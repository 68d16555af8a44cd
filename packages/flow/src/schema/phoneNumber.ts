/** International E.164 form: `+`, country code (no leading zero), at most 15 digits in all. */
const e164Pattern = /^\+[1-9]\d{6,14}$/;

/** Tells whether a phone number is in E.164 form, e.g. `+48221234567`. */
export function isE164(number: string): boolean {
  return e164Pattern.test(number);
}
