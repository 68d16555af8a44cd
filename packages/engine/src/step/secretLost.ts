import type { SecretOrigin } from "../state/callState";

/** A step needed the value of a sensitive variable that this call no longer holds. */
export class SecretLostError extends Error {
  constructor(readonly variable: string, readonly origin: SecretOrigin) {
    super(`The value of ${variable} is no longer held by the call`);
  }
}
