import { DomainError } from "@centrala/db";
import { respondError, type ApiResult } from "../api/apiResult";
import type { Locale } from "../../i18n/locales";

type Details = Record<string, unknown>;
type Wording = (details: Details, english: string) => { en: string; pl: string; status: number };

const names = (details: Details, key: string) => ((details[key] as { name: string }[] | undefined) ?? []).map((item) => `„${item.name}”`).join(", ");
const namesEn = (details: Details, key: string) => ((details[key] as { name: string }[] | undefined) ?? []).map((item) => `“${item.name}”`).join(", ");

const invalidPl: Record<string, string> = {
  userId: "Wybrana osoba nie należy do tej organizacji.",
  members: "Członkami kolejki mogą być tylko różne numery wewnętrzne tej organizacji.",
  overflowTarget: "Wybierz, dokąd trafiają dzwoniący po najdłuższym oczekiwaniu: istniejący numer wewnętrzny (z pocztą głosową, jeśli to poczta), inną kolejkę lub numer.",
  holdMusic: "Muzyka oczekiwania musi pochodzić z biblioteki nagrań tej organizacji.",
};

// What each domain refusal says, in both languages, and its HTTP status.
const wordings: Record<DomainError["code"], Wording> = {
  NOT_FOUND: (_d, en) => ({ en, pl: "Nie znaleziono", status: 404 }),
  NUMBER_TAKEN: (d, en) => ({ en, pl: `Numer ${String(d.e164 ?? "")} został właśnie zajęty przez kogoś innego. Wybierz inny.`, status: 409 }),
  PROVISIONING_FAILED: (d, en) => ({ en, pl: `Sieć telefoniczna nie potwierdziła zmiany numeru ${String(d.e164 ?? "")}. Nic nie zostało zmienione; spróbuj ponownie za chwilę.`, status: 502 }),
  NAME_TAKEN: (_d, en) => ({ en, pl: "Taka nazwa jest już zajęta: wybierz inną.", status: 409 }),
  DUPLICATE: (d, en) => ({ en, pl: d.field === "number" ? `Numer wewnętrzny ${String(d.number ?? "")} już istnieje.` : "Taka nazwa jest już zajęta.", status: 409 }),
  IN_USE: (d) => {
    const flows = namesEn(d, "flows"); const queues = namesEn(d, "queues");
    return {
      en: `Still in use${flows ? ` by the published flows ${flows}` : ""}${queues ? `${flows ? " and" : ""} by the queues ${queues}` : ""}. Change them first.`,
      pl: `Nadal w użyciu${flows ? ` w opublikowanych scenariuszach ${names(d, "flows")}` : ""}${queues ? `${flows ? " oraz" : ""} w kolejkach ${names(d, "queues")}` : ""}. Najpierw je zmień.`,
      status: 409,
    };
  },
  LAST_OWNER: (_d, en) => ({ en, pl: "Organizacja musi mieć co najmniej jednego właściciela: najpierw nadaj tę rolę komuś innemu.", status: 409 }),
  ALREADY_MEMBER: (d, en) => ({ en, pl: `${String(d.email ?? "Ta osoba")} już należy do organizacji.`, status: 409 }),
  OWNER_ONLY: (_d, en) => ({ en, pl: "Tylko właściciel może nadawać i odbierać rolę właściciela.", status: 403 }),
  EMAIL_TAKEN: (_d, en) => ({ en, pl: "Ten adres ma już konto: podaj jego hasło, aby dołączyć.", status: 409 }),
  TOKEN_INVALID: (_d, en) => ({ en, pl: "Ten link jest nieprawidłowy: sprawdź, czy został skopiowany w całości.", status: 400 }),
  TOKEN_EXPIRED: (_d, en) => ({ en, pl: "Ten link wygasł: poproś o nowy.", status: 410 }),
  TOKEN_USED: (_d, en) => ({ en, pl: "Ten link został już użyty lub zastąpiony nowszym: użyj najnowszego albo poproś o nowy.", status: 410 }),
  WRONG_PASSWORD: (_d, en) => ({ en, pl: "Obecne hasło jest nieprawidłowe.", status: 400 }),
  INVALID: (d, en) => ({ en, pl: invalidPl[String(d.field)] ?? "Nieprawidłowe dane.", status: 400 }),
  DRAFT_CONFLICT: (_d, en) => ({ en, pl: "Scenariusz został zmieniony w innym miejscu.", status: 409 }),
};

/** Turns a domain refusal into a 4xx/5xx answer in the person's language; rethrows anything else. */
export function respondDomainError(error: unknown, locale: Locale, notFoundWhat?: string): ApiResult {
  if (!(error instanceof DomainError)) throw error;
  const wording = wordings[error.code](error.details, error.message);
  const message = error.code === "NOT_FOUND" && notFoundWhat ? (locale === "pl" ? `${notFoundWhat} — nie znaleziono` : `${notFoundWhat} not found`) : wording[locale];
  const field = typeof error.details.field === "string" ? error.details.field : undefined;
  const result = respondError(wording.status, error.code, message, field ? [{ path: field, message }] : undefined);
  const extra = Object.fromEntries(Object.entries(error.details).filter(([key]) => key === "flows" || key === "queues"));
  return { status: result.status, body: { error: { ...(result.body as { error: object }).error, ...extra } } };
}
