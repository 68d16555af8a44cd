// Polskie teksty wspólne dla ekranów numerów wewnętrznych, kolejek, nagrań i poczty głosowej.
export const phoneSystemPl = {
  phoneSystem: {
    save: "Zapisz",
    saving: "Zapisywanie…",
    cancel: "Anuluj",
    close: "Zamknij",
    edit: "Edytuj",
    delete: "Usuń",
    actions: "Działania",
    copy: "Kopiuj",
    copied: "Skopiowano",
    networkError: "Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.",
    saved: "Zapisano.",
    inUseTitle: "Nadal w użyciu",
    inUseFlows: "Używają go opublikowane scenariusze:",
    inUseQueues: "Używają go kolejki:",
    inUseHint: "Najpierw je zmień lub wycofaj publikację, potem usuń.",
    none: "Brak",
    seconds: "{count, plural, one {# sekunda} few {# sekundy} many {# sekund} other {# sekundy}}",
  },
};
