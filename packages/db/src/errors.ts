/** A domain error whose `code` the web layer turns into a translated, plain-language message. */
export class DomainError extends Error {
  constructor(
    readonly code:
      | "EMAIL_TAKEN" | "NOT_FOUND" | "DRAFT_CONFLICT" | "NUMBER_TAKEN" | "INVALID"
      | "NAME_TAKEN" | "IN_USE" | "DUPLICATE" | "LAST_OWNER" | "ALREADY_MEMBER" | "OWNER_ONLY"
      | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_USED" | "WRONG_PASSWORD" | "PROVISIONING_FAILED",
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}
