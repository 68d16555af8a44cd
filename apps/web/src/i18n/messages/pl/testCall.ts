import type { MessagesLike } from "../MessagesLike";
import type { testCallEn } from "../en/testCall";

// Polish messages; `satisfies` makes a missing or extra key a type error.
export const testCallPl = {
  testCall: {
    open: "Zadzwoń testowo",
    title: "Rozmowa testowa",
    intro: "Zadzwoń z przeglądarki do wersji roboczej, którą widzisz, zanim zrobią to klienci. Nic nie zostanie opublikowane.",
    start: "Rozpocznij rozmowę testową",
    starting: "Łączenie…",
    hangUp: "Rozłącz",
    again: "Zadzwoń ponownie",
    keypad: "Klawiatura",
    key: "Naciśnij {key}",
    agents: "Jak odbierają pracownicy",
    agentsHelp: "Numery wewnętrzne i zewnętrzne, do których dzwoni ten scenariusz.",
    agent: {
      answer: "Odbiera po 3 s",
      busy: "Zajęty",
      noAnswer: "Nie odbiera",
      decline: "Odrzuca",
    },
    transcript: "Przebieg rozmowy",
    empty: "Tutaj pojawią się kolejne kroki rozmowy.",
    hears: "Dzwoniący słyszy: „{text}”",
    hearsAudio: "Dzwoniący słyszy nagranie",
    beep: "Sygnał",
    pressed: "Naciśnięto {key}",
    ringing: "Dzwoni {target}…",
    answered: "{target} odebrał",
    busy: "{target} jest zajęty",
    noAnswer: "{target} nie odebrał",
    failed: "Nie udało się połączyć z {target}",
    bridged: "Połączono z {target}",
    unbridged: "{target} się rozłączył",
    queue: {
      joined: "Oczekiwanie w kolejce „{name}”",
      left: "Opuszczono kolejkę „{name}”",
    },
    recording: "Rozpoczęto nagrywanie",
    ended: "Rozmowa zakończona",
    endedRejected: "Nie udało się rozpocząć rozmowy ({status})",
    hasErrors: "Najpierw popraw problemy w scenariuszu: rozmowa testowa uruchamia tę wersję roboczą.",
    failedToStart: "Nie udało się rozpocząć rozmowy testowej. Czy usługa głosowa działa?",
    close: "Zamknij rozmowę testową",
  },
} satisfies MessagesLike<typeof testCallEn>;
