/** The engine's own sentences, spoken in the tenant's language (CallEnv.language). */
export type PhraseBook = {
  queuePosition(position: number): string;
  apology: string;
  enterPin: string;
  wrongPin: string;
  /** Before a sensitive question is asked again (its answer was lost when the call moved). */
  enterAgain: string;
};

const english: PhraseBook = {
  queuePosition: (position) => `You are caller number ${position}.`,
  apology: "We are sorry, something went wrong. Please call again later.",
  enterPin: "Please enter the conference PIN, then press hash.",
  wrongPin: "That PIN is not correct.",
  enterAgain: "Sorry, please enter that again.",
};

const phraseBooks: Record<string, PhraseBook> = {
  "en-US": english,
  "en-GB": english,
  "pl-PL": {
    queuePosition: (position) => `Twoje miejsce w kolejce: ${position}.`,
    apology: "Przepraszamy, wystąpił błąd. Prosimy zadzwonić później.",
    enterPin: "Podaj PIN konferencji i naciśnij krzyżyk.",
    wrongPin: "Niepoprawny PIN.",
    enterAgain: "Przepraszamy, prosimy wprowadzić to jeszcze raz.",
  },
  "de-DE": {
    queuePosition: (position) => `Sie sind Anrufer Nummer ${position}.`,
    apology: "Entschuldigung, etwas ist schiefgelaufen. Bitte rufen Sie später noch einmal an.",
    enterPin: "Bitte geben Sie die Konferenz-PIN ein und drücken Sie die Raute-Taste.",
    wrongPin: "Die PIN ist nicht korrekt.",
    enterAgain: "Entschuldigung, bitte geben Sie das noch einmal ein.",
  },
};

export const defaultLanguage = "en-US";

/** Picks the phrase book for a language, falling back to English. */
export function readPhraseBook(language: string | undefined): PhraseBook {
  return phraseBooks[language ?? defaultLanguage] ?? english;
}
