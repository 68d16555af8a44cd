/** A domain error whose `code` the web layer turns into a translated, plain-language message. */
export class DomainError extends Error {
  constructor(
    readonly code: "EMAIL_TAKEN" | "NOT_FOUND" | "DRAFT_CONFLICT" | "NUMBER_TAKEN" | "INVALID" | "NAME_TAKEN" | "IN_USE",
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}
