/**
 * What readJsonBody returns instead of data when a body breaks a cap: parseJsonBody turns it into
 * 413 (too many bytes) or 422 (nested too deeply, too many values) with a message in the reader's
 * language. A value, not an exception, so every handler that parses its body answers it the same.
 */
export class RejectedJsonBody {
  constructor(
    readonly reason: "tooLarge" | "tooDeep" | "tooManyValues",
    readonly limit: number,
  ) {}

  get status(): 413 | 422 {
    return this.reason === "tooLarge" ? 413 : 422;
  }
}
