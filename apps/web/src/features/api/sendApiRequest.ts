/** What a refused API call says (the server has already translated `message`). */
export type ApiFailure = {
  status: number;
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
  /** IN_USE refusals name the flows and queues that still use the thing. */
  flows?: { id: string; name: string }[];
  queues?: { id: string; name: string }[];
};

export type ApiOutcome<T> = { ok: true; data: T } | { ok: false; error: ApiFailure };

/**
 * Calls one of the app's JSON API routes from the browser. A network failure comes back as
 * status 0 with an empty message, for the screen to word in the reader's language.
 */
export async function sendApiRequest<T>(url: string, method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE" = "GET", body?: unknown): Promise<ApiOutcome<T>> {
  const response = await fetch(url, {
    method,
    cache: "no-store",
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  }).catch(() => null);
  if (!response) return { ok: false, error: { status: 0, code: "NETWORK", message: "" } };
  const answer = (await response.json().catch(() => ({}))) as { error?: Omit<ApiFailure, "status"> };
  if (response.ok) return { ok: true, data: answer as T };
  return { ok: false, error: { status: response.status, code: answer.error?.code ?? "ERROR", message: answer.error?.message ?? "", ...answer.error } };
}

/** The message to show for a refusal, per field when the server named one. */
export function readFieldErrors(error: ApiFailure): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const issue of error.issues ?? []) (byField[issue.path || "_"] ??= []).push(issue.message);
  return byField;
}
