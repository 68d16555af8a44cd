import type { MessagesLike } from "../MessagesLike";
import type { authEn } from "../en/auth";

// Polish messages; `satisfies` makes a missing or extra key a type error.
export const authPl = {
  signin: {
    title: "Zaloguj się do Centrali",
    subtitle: "Zarządzaj tym, jak Twoje biuro odbiera telefony.",
    email: "Adres e-mail",
    password: "Hasło",
    submit: "Zaloguj się",
    pending: "Logowanie…",
    missing: "Wpisz adres e-mail i hasło.",
    invalid: "Nieprawidłowy adres e-mail lub hasło. Sprawdź oba pola i spróbuj ponownie.",
    rateLimited: "Zbyt wiele prób, spróbuj ponownie za {count, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}}.",
    noAccount: "Nie masz jeszcze konta?",
    toSignUp: "Załóż konto",
  },
  signup: {
    title: "Załóż konto w Centrali",
    subtitle: "Skonfiguruj centralę telefoniczną swojej firmy w kilka minut.",
    tenantName: "Nazwa organizacji",
    tenantNameHint: "Zwykle nazwa Twojej firmy. Współpracowników możesz dodać później.",
    name: "Imię i nazwisko",
    email: "Służbowy adres e-mail",
    password: "Hasło",
    passwordHint: "Co najmniej 10 znaków, w tym co najmniej dwa rodzaje: małe litery, wielkie litery, cyfry, symbole.",
    submit: "Załóż konto",
    pending: "Zakładanie konta…",
    fixErrors: "Popraw pola oznaczone poniżej.",
    signInFailed: "Konto jest gotowe, ale nie udało się zalogować automatycznie. Zaloguj się.",
    haveAccount: "Masz już konto?",
    toSignIn: "Zaloguj się",
  },
  password: {
    tooShort: "Hasło musi mieć co najmniej {min} znaków (teraz: {actual}).",
    onlyLower: "Hasło ma tylko małe litery: dodaj wielką literę, cyfrę lub symbol.",
    onlyUpper: "Hasło ma tylko wielkie litery: dodaj małą literę, cyfrę lub symbol.",
    onlyDigits: "Hasło ma tylko cyfry: dodaj literę lub symbol.",
    onlySymbols: "Hasło ma tylko symbole: dodaj literę lub cyfrę.",
  },
} satisfies MessagesLike<typeof authEn>;
