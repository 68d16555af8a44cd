import type { Message } from "../../i18n/Message";

export const PASSWORD_MIN_LENGTH = 10;
// argon2 copes with long input, but a cap stops someone posting megabytes to be hashed.
export const PASSWORD_MAX_LENGTH = 200;

type CharacterKind = "lower" | "upper" | "digit" | "symbol";

const onlyKindMessage = {
  lower: "password.onlyLower",
  upper: "password.onlyUpper",
  digit: "password.onlyDigits",
  symbol: "password.onlySymbols",
} as const satisfies Record<CharacterKind, string>;

/**
 * The password policy: at least 10 characters and at least two kinds of characters. Returns every
 * problem (empty when the password is fine) so the form can say exactly what is missing.
 */
export function checkPassword(password: string): Message[] {
  const length = [...password].length;
  const problems: Message[] = [];
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({ key: "password.tooShort", params: { min: PASSWORD_MIN_LENGTH, actual: length } });
  }
  if (length > PASSWORD_MAX_LENGTH) problems.push({ key: "errors.tooLong", params: { max: PASSWORD_MAX_LENGTH } });
  const kinds = new Set([...password].map(classifyCharacter));
  const [onlyKind] = kinds;
  if (kinds.size === 1 && onlyKind) problems.push({ key: onlyKindMessage[onlyKind] });
  return problems;
}

// Unicode classes, so Polish letters (ą, Ż) count as letters rather than symbols.
function classifyCharacter(char: string): CharacterKind {
  if (/\p{Ll}/u.test(char)) return "lower";
  if (/\p{Lu}/u.test(char)) return "upper";
  if (/\p{Nd}/u.test(char)) return "digit";
  return "symbol";
}
