import type { NodeOutcome } from "../nodes/nodeHandler";
import { describeError } from "./describeError";
import { SecretLostError } from "./secretLost";

/** What a node that threw leads to: asking again for a lost sensitive value, or failing the call kindly. */
export function convertErrorToOutcome(error: unknown): NodeOutcome {
  if (error instanceof SecretLostError) return { type: "reask", variable: error.variable, origin: error.origin };
  return { type: "fail", reason: "exception", message: describeError(error) };
}
