/** What the runtime itself says when it cannot run a flow (the engine speaks for flows). */
const phrases = {
  "pl-PL": {
    unknownNumber: "Przepraszamy, ten numer nie jest obsługiwany.",
    apology: "Przepraszamy, wystąpił problem techniczny.",
    connecting: "Łączymy z konsultantem.",
    testExpired: "Ta rozmowa testowa wygasła. Rozpocznij nową w edytorze.",
    oneMoment: "Chwileczkę, proszę czekać.",
    callerGone: "Dzwoniący już się rozłączył.",
    answeredElsewhere: "Tę rozmowę odebrał już inny konsultant.",
    offerWithdrawn: "To połączenie nie czeka już w kolejce.",
    queueCallFailed: "Nie udało się połączyć z dzwoniącym.",
    transferring: "Przełączam rozmowę. Proszę czekać.",
    transferFailed: "Nikt nie odebrał. Wracamy do poprzedniej rozmowy.",
    backToQueue: "Nikt nie odebrał. Wracasz do kolejki.",
    goodbye: "Dziękujemy za rozmowę. Do widzenia.",
    recordingNotice: "Rozmowa może być nagrywana.",
  },
  "en-US": {
    unknownNumber: "Sorry, this number is not in service.",
    apology: "We are sorry, we have a technical problem.",
    connecting: "Connecting you to a member of our team.",
    testExpired: "This test call has expired. Start a new one from the editor.",
    oneMoment: "One moment, please.",
    callerGone: "The caller has already hung up.",
    answeredElsewhere: "A colleague has already taken this call.",
    offerWithdrawn: "This call is no longer waiting in the queue.",
    queueCallFailed: "We could not connect you to the caller.",
    transferring: "Transferring your call. Please hold.",
    transferFailed: "Nobody answered. Returning you to your previous call.",
    backToQueue: "Nobody answered. You are back in the queue.",
    goodbye: "Thank you for calling. Goodbye.",
    recordingNotice: "This call may be recorded.",
  },
} as const;

export type RuntimePhrase = keyof (typeof phrases)["en-US"];
type Phrase = RuntimePhrase;

export function buildRuntimeSay(phrase: Phrase, language: string) {
  const lang = language in phrases ? (language as keyof typeof phrases) : "en-US";
  return { verb: "say" as const, text: phrases[lang][phrase], synthesizer: { vendor: "default", language: lang } };
}
