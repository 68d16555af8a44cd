import type { MessagesLike } from "../MessagesLike";
import type { flowsEn } from "../en/flows";

// Polish messages; `satisfies` makes a missing or extra key a type error.
export const flowsPl = {
  flows: {
    title: "Scenariusze",
    subtitle: "Scenariusz decyduje, co się dzieje, gdy ktoś dzwoni na jeden z Twoich numerów.",
    new: "Nowy scenariusz",
    emptyTitle: "Nie masz jeszcze scenariuszy",
    emptyBody: "Utwórz pierwszy scenariusz, aby witać dzwoniących, proponować menu i łączyć ich z właściwymi osobami.",
    colName: "Nazwa",
    colState: "Stan",
    colNumbers: "Numery",
    colUpdated: "Ostatnia zmiana",
    stateDraft: "Szkic",
    statePublished: "Opublikowany, wersja {version}",
    noNumbers: "Brak numeru",
    search: "Szukaj scenariuszy",
    searchButton: "Szukaj",
    noMatch: "Żaden scenariusz nie pasuje do „{query}”.",
    duplicate: "Duplikuj",
    copyName: "{name} (kopia)",
  },
  flowNew: {
    title: "Nowy scenariusz",
    intro: "Nadaj scenariuszowi nazwę zrozumiałą dla współpracowników, np. „Linia główna” albo „Po godzinach”.",
    name: "Nazwa scenariusza",
    submit: "Utwórz scenariusz",
    pending: "Tworzenie…",
    cancel: "Anuluj",
    startFrom: "Zacznij od",
    template: {
      blank: {
        name: "Pusty scenariusz",
        help: "Tylko połączenie przychodzące; wszystkie kroki dodajesz sam.",
      },
      reception: {
        name: "Recepcja",
        help: "Wita dzwoniącego i łączy z recepcją; gdy nikt nie odbiera, przyjmuje wiadomość.",
      },
      "simple-menu": {
        name: "Proste menu",
        help: "„Sprzedaż – naciśnij 1, pomoc techniczna – naciśnij 2”.",
      },
      "support-queue": {
        name: "Infolinia z kolejką",
        help: "Dzwoniący czekają w kolejce; gdy nikt nie jest wolny, dzwonimy do zespołu, potem poczta głosowa.",
      },
      "after-hours-voicemail": {
        name: "Poczta głosowa po godzinach",
        help: "W godzinach pracy dzwoni do biura, poza nimi przyjmuje wiadomość.",
      },
    },
  },
  flow: {
    back: "Wszystkie scenariusze",
    backToEditor: "Wróć do edytora scenariusza",
    settingsTitle: "Ustawienia scenariusza",
    state: "Stan",
    draftOnly: "Ten scenariusz jest szkicem. Dzwoniący go nie usłyszą, dopóki nie zostanie opublikowany.",
    publishedSince: "Wersja {version} działa od {date}.",
    unpublishedChanges: "Szkic zawiera zmiany, które nie zostały jeszcze opublikowane.",
    draftSaved: "Szkic zapisano {date}",
    numbers: "Numery kierowane do tego scenariusza",
    noNumbers: "Żaden numer telefonu nie jest jeszcze kierowany do tego scenariusza, więc nie odbiera on połączeń.",
    renameLabel: "Nazwa scenariusza",
    renameSubmit: "Zapisz nazwę",
    renamed: "Nazwa zapisana.",
    delete: "Usuń scenariusz",
    deleteConfirm: "Usunąć „{name}”? Tej operacji nie można cofnąć.",
    deleteYes: "Tak, usuń",
    deleteNo: "Nie usuwaj",
    deleteRoutedWarning: "Połączenia na jego numery nie będą już obsługiwane przez ten scenariusz.",
    deleteNoNumbers: "Nic innego z niego nie korzysta: żaden numer telefonu nie jest do niego kierowany.",
  },
} satisfies MessagesLike<typeof flowsEn>;
