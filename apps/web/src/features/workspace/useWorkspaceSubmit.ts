"use client";

import { useState } from "react";
import { requestWorkspaceApi } from "./requestWorkspaceApi";

type FieldErrors = Record<string, string[]>;

/**
 * Sends a form's values to a workspace JSON route and keeps what the server said: the refusal for
 * the whole form (`error`) and each field's own messages (`fieldErrors`, by field name).
 */
export function useWorkspaceSubmit<T>(url: string, method: string, offlineMessage: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const submit = async (body: unknown): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const answer = await requestWorkspaceApi<T>(url, { method, body, offlineMessage });
    setBusy(false);
    if (answer.ok) return answer.data;
    const byField: FieldErrors = {};
    for (const issue of answer.issues) (byField[issue.path] ??= []).push(issue.message);
    setFieldErrors(byField);
    // Field messages show under their fields; the form-wide message only when no field says more.
    if (answer.issues.length === 0 || !answer.issues.some((issue) => issue.message === answer.message)) setError(answer.message);
    return null;
  };

  return { busy, error, fieldErrors, submit };
}
