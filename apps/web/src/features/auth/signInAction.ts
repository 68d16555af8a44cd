"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import type { Message } from "@/i18n/Message";
import { readFormText } from "./readFormText";
import { RateLimitedSignIn } from "./RateLimitedSignIn";
import { toSafeRedirectPath } from "./toSafeRedirectPath";

export type SignInState = { email: string; error?: Message };

/** Signs in with email and password; on success Auth.js redirects, otherwise the form shows why not. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = readFormText(formData, "email").trim();
  const password = readFormText(formData, "password");
  if (!email || !password) return { email, error: { key: "signin.missing" } };
  try {
    await signIn("credentials", { email, password, redirectTo: toSafeRedirectPath(readFormText(formData, "callbackUrl")) });
  } catch (error) {
    if (error instanceof RateLimitedSignIn) {
      return { email, error: { key: "signin.rateLimited", params: { count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) } } };
    }
    if (error instanceof AuthError) return { email, error: { key: "signin.invalid" } };
    throw error; // NEXT_REDIRECT on success must reach Next.
  }
  return { email };
}
