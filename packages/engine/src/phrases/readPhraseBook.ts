/** The engine's own sentences, spoken in the tenant's language (CallEnv.language). */
export type PhraseBook = {
  queuePosition(position: number): string;
  /** The same news said another way, so a waiting caller does not hear one sentence on repeat. */
  callersAhead(ahead: number): string;
  waited(minutes: number): string;
  thanksForWaiting: string;
  apology: string;
  enterPin: string;
  wrongPin: string;
  /** Before a sensitive question is asked again (its answer was lost when the call moved). */
  enterAgain: string;
  /** A menu caller typed an extension the tenant does not have; the menu is offered again. */
  noSuchExtension: string;
  /** Before the beep of an extension's voicemail when the extension has no greeting of its own. */
  leaveMessage: string;
  /** A place in line as an ordinal word ("first", "pierwszy"), for position templates; numerals past ten. */
  ordinal(position: number): string;
};

const polishOrdinals = ["pierwszy", "drugi", "trzeci", "czwarty", "piąty", "szósty", "siódmy", "ósmy", "dziewiąty", "dziesiąty"];
const englishOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const germanOrdinals = ["erster", "zweiter", "dritter", "vierter", "fünfter", "sechster", "siebter", "achter", "neunter", "zehnter"];
const readOrdinal = (words: string[], position: number) => words[position - 1] ?? `${position}.`;

const english: PhraseBook = {
  queuePosition: (position) => `You are caller number ${position}.`,
  callersAhead: (ahead) => (ahead === 0 ? "You are next in line." : `There ${ahead === 1 ? "is 1 caller" : `are ${ahead} callers`} ahead of you.`),
  waited: (minutes) => `You have been waiting for ${minutes} minute${minutes === 1 ? "" : "s"}. Thank you for staying on the line.`,
  thanksForWaiting: "Thank you for waiting. The next available person will answer shortly.",
  apology: "We are sorry, something went wrong. Please call again later.",
  enterPin: "Please enter the conference PIN, then press hash.",
  wrongPin: "That PIN is not correct.",
  enterAgain: "Sorry, please enter that again.",
  noSuchExtension: "That extension number does not exist.",
  leaveMessage: "The person you are calling is not available. Please leave a message after the tone.",
  ordinal: (position) => readOrdinal(englishOrdinals, position),
};

const phraseBooks: Record<string, PhraseBook> = {
  "en-US": english,
  "en-GB": english,
  "pl-PL": {
    queuePosition: (position) => `Twoje miejsce w kolejce: ${position}.`,
    callersAhead: (ahead) => (ahead === 0 ? "Twoje połączenie jest następne w kolejce." : `Przed Tobą w kolejce: ${ahead} ${polishPlural(ahead, "osoba", "osoby", "osób")}.`),
    waited: (minutes) => `Czekasz już ${minutes} ${polishPlural(minutes, "minutę", "minuty", "minut")}. Dziękujemy, że jesteś z nami.`,
    thanksForWaiting: "Dziękujemy za cierpliwość. Pierwsza wolna osoba zaraz odbierze.",
    apology: "Przepraszamy, wystąpił błąd. Prosimy zadzwonić później.",
    enterPin: "Podaj PIN konferencji i naciśnij krzyżyk.",
    wrongPin: "Niepoprawny PIN.",
    enterAgain: "Przepraszamy, prosimy wprowadzić to jeszcze raz.",
    noSuchExtension: "Nie ma takiego numeru wewnętrznego.",
    leaveMessage: "Osoba, z którą chcesz się połączyć, jest niedostępna. Zostaw wiadomość po sygnale.",
    ordinal: (position) => readOrdinal(polishOrdinals, position),
  },
  "de-DE": {
    queuePosition: (position) => `Sie sind Anrufer Nummer ${position}.`,
    callersAhead: (ahead) => (ahead === 0 ? "Sie sind als Nächstes an der Reihe." : `Vor Ihnen ${ahead === 1 ? "ist 1 Anrufer" : `sind ${ahead} Anrufer`} in der Warteschlange.`),
    waited: (minutes) => `Sie warten seit ${minutes} ${minutes === 1 ? "Minute" : "Minuten"}. Danke, dass Sie in der Leitung bleiben.`,
    thanksForWaiting: "Vielen Dank für Ihre Geduld. Der nächste freie Mitarbeiter ist gleich für Sie da.",
    apology: "Entschuldigung, etwas ist schiefgelaufen. Bitte rufen Sie später noch einmal an.",
    enterPin: "Bitte geben Sie die Konferenz-PIN ein und drücken Sie die Raute-Taste.",
    wrongPin: "Die PIN ist nicht korrekt.",
    enterAgain: "Entschuldigung, bitte geben Sie das noch einmal ein.",
    noSuchExtension: "Diese Durchwahl gibt es nicht.",
    leaveMessage: "Ihr Gesprächspartner ist nicht erreichbar. Bitte hinterlassen Sie nach dem Signalton eine Nachricht.",
    ordinal: (position) => readOrdinal(germanOrdinals, position),
  },
};

export const defaultLanguage = "en-US";

/** Polish number agreement: 1 minutę, 2–4 minuty (not 12–14), otherwise minut. */
function polishPlural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const lastTwo = n % 100;
  const last = n % 10;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
}

/** Picks the phrase book for a language, falling back to English. */
export function readPhraseBook(language: string | undefined): PhraseBook {
  return phraseBooks[language ?? defaultLanguage] ?? english;
}
