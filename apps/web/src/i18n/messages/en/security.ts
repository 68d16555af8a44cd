// English messages (ICU MessageFormat, read by next-intl). `../pl/security.ts` must have the same keys.
export const securityEn = {
  security: {
    tooManyAttempts: "Too many attempts, try again in {count, plural, one {# minute} other {# minutes}}.",
    foreignOrigin: "This request came from another website, so it was refused. Open Centrala itself and try again.",
    unsupportedMediaType: "This address takes JSON (Content-Type: application/json), not {type}.",
    bodyTooLarge: "The request is too large: at most {limit} is accepted here.",
    lengthRequired: "Send this request with its length (a Content-Length header): a body of unknown length is not accepted here.",
    jsonTooDeep: "The request's data is nested too deeply (more than {limit} levels). Send a flatter document.",
    jsonTooManyValues: "The request's data has too many items (more than {limit}). Send a smaller document.",
  },
};
