import { getCountryCallingCode, type CountryCode } from "libphonenumber-js/max";

/**
 * What someone types to search the pool, as an E.164 prefix: "+48 22" and "0048 22" stay
 * international; a national prefix such as "22" or "022" (a Polish city code) gets the country
 * code. Returns null when it is not a number prefix at all.
 */
export function normalizeNumberPrefix(input: string, country: CountryCode = "PL"): string | null {
  const compact = input.replace(/[\s().-]/g, "");
  if (compact === "" || compact === "+") return `+${getCountryCallingCode(country)}`;
  if (/^\+\d{1,14}$/.test(compact)) return compact;
  if (/^00\d{1,14}$/.test(compact)) return `+${compact.slice(2)}`;
  if (/^\d{1,14}$/.test(compact)) return `+${getCountryCallingCode(country)}${compact.replace(/^0+/, "")}`;
  return null;
}
