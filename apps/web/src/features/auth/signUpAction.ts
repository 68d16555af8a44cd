"use server";

import { AuthError } from "next-auth";
import { getPrisma } from "@centrala/db";
import { signIn } from "@/auth";
import type { Message } from "@/i18n/Message";
import { getLocale } from "@/i18n/getLocale";
import type { FieldErrors } from "../forms/convertIssuesToFieldErrors";
import { readFormText } from "./readFormText";
import { signUp } from "./signUp";
import type { SignUpField } from "./signUpSchema";

export type SignUpValues = { tenantName: string; name: string; email: string };
export type SignUpState = { values: SignUpValues; fieldErrors: FieldErrors<SignUpField>; formError?: Message };

/** Creates the organisation and its owner, then signs the owner in and opens their flows. */
export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  // The password is never sent back to the form.
  const values: SignUpValues = {
    tenantName: readFormText(formData, "tenantName"),
    name: readFormText(formData, "name"),
    email: readFormText(formData, "email"),
  };
  const password = readFormText(formData, "password");
  const result = await signUp(getPrisma(), { ...values, password }, await getLocale());
  if (!result.ok) return { values, fieldErrors: result.fieldErrors, formError: { key: "signup.fixErrors" } };
  try {
    await signIn("credentials", { email: result.email, password, redirectTo: "/flows" });
  } catch (error) {
    if (error instanceof AuthError) return { values, fieldErrors: {}, formError: { key: "signup.signInFailed" } };
    throw error; // NEXT_REDIRECT on success must reach Next.
  }
  return { values, fieldErrors: {} };
}
