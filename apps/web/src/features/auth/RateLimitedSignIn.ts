import { CredentialsSignin } from "next-auth";

/** Thrown by authorize() when too many attempts were made; carries how long to wait. */
export class RateLimitedSignIn extends CredentialsSignin {
  override code = "rate_limited";

  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}
