import type { MessagesLike } from "../MessagesLike";
import type { commonEn } from "../en/common";

// Polish messages; `satisfies` makes a missing or extra key a type error.
export const commonPl = {
  app: {
    name: "Centrala",
    tagline: "Twoja wirtualna centrala telefoniczna",
  },
  shell: {
    skipToContent: "Przejdź do treści",
    mainNav: "Nawigacja główna",
    signOut: "Wyloguj się",
    signedInAs: "Zalogowano jako {name}",
    organisation: "Organizacja",
    notifications: "Powiadomienia",
  },
  locale: {
    label: "Język",
    en: "English",
    pl: "Polski",
  },
  nav: {
    flows: "Scenariusze",
    numbers: "Numery",
    team: "Zespół",
    extensions: "Numery wewnętrzne",
    queues: "Kolejki",
    prompts: "Nagrania",
    voicemail: "Poczta głosowa",
    recordings: "Nagrania",
    calls: "Połączenia",
    desk: "Pulpit konsultanta",
    wallboard: "Tablica na żywo",
    settings: "Ustawienia",
    group: { calls: "Połączenia", build: "Tworzenie", office: "Biuro" },
    account: "Twoje konto",
    role: "Rola: {role}",
    nothingYet: "Na razie nic tu nie ma",
    nothingYetBody: "Twoja rola ({role}) nie ma jeszcze żadnych ekranów. Właściciel lub administrator organizacji może nadać Ci inną rolę.",
  },
  errors: {
    required: "To pole jest wymagane.",
    invalid: "Ta wartość jest nieprawidłowa.",
    tooLong: "Użyj najwyżej {max} znaków.",
    emailInvalid: "Wpisz adres e-mail w postaci nazwa@firma.pl.",
    emailTaken: "Konto z tym adresem e-mail już istnieje. Zaloguj się albo użyj innego adresu.",
  },
  notFound: {
    title: "Nie znaleziono strony",
    body: "Ta strona nie istnieje albo należy do innej organizacji.",
    back: "Przejdź do scenariuszy",
  },
} satisfies MessagesLike<typeof commonEn>;
