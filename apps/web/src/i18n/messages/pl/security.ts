import type { MessagesLike } from "../MessagesLike";
import type { securityEn } from "../en/security";

// Polish messages; `satisfies` makes a missing or extra key a type error.
export const securityPl = {
  security: {
    tooManyAttempts: "Zbyt wiele prób, spróbuj ponownie za {count, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}}.",
    foreignOrigin: "To żądanie przyszło z innej strony internetowej, więc zostało odrzucone. Otwórz Centralę i spróbuj ponownie.",
    unsupportedMediaType: "Ten adres przyjmuje dane JSON (Content-Type: application/json), a nie {type}.",
    bodyTooLarge: "Żądanie jest za duże: przyjmujemy tu najwyżej {limit}.",
    lengthRequired: "Wyślij to żądanie z podaną długością (nagłówek Content-Length): treści o nieznanej długości nie przyjmujemy.",
    jsonTooDeep: "Dane w żądaniu są zagnieżdżone zbyt głęboko (ponad {limit} poziomów). Wyślij prostszy dokument.",
    jsonTooManyValues: "Dane w żądaniu mają zbyt wiele elementów (ponad {limit}). Wyślij mniejszy dokument.",
  },
} satisfies MessagesLike<typeof securityEn>;
