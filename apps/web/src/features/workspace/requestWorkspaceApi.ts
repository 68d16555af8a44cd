/** What a workspace API call gave back: the JSON body, or the server's own words for the refusal. */
export type WorkspaceApiAnswer<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; code: string; message: string; issues: { path: string; message: string }[] };

/** What parseJsonBody answers for any invalid body (the fields' issues carry the real words). */
const GENERIC_VALIDATION_MESSAGE = "The request body is not valid";

type ErrorBody = { error?: { code?: string; message?: string; issues?: { path: string; message: string }[] } };

/**
 * Calls one of the workspace's JSON routes from the browser. A refusal keeps the server's message
 * (already in the reader's language); a network failure answers status 0 with `offlineMessage`.
 */
export async function requestWorkspaceApi<T>(url: string, init: { method?: string; body?: unknown; offlineMessage: string }): Promise<WorkspaceApiAnswer<T>> {
  const response = await fetch(url, {
    method: init.method ?? "GET",
    cache: "no-store",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  }).catch(() => null);
  if (!response) return { ok: false, status: 0, code: "OFFLINE", message: init.offlineMessage, issues: [] };
  const json = (await response.json().catch(() => ({}))) as T & ErrorBody;
  if (response.ok) return { ok: true, data: json };
  const generic = json.error?.message === GENERIC_VALIDATION_MESSAGE;
  // parseJsonBody's answer says only "not valid" (in English) and each field's issue says more;
  // any other refusal says it best in its message, which then also stands for the field it names.
  const issues = (json.error?.issues ?? []).map((issue) => (generic || !json.error?.message ? issue : { path: issue.path, message: json.error.message }));
  const message = generic && issues[0] ? issues[0].message : json.error?.message ?? init.offlineMessage;
  return { ok: false, status: response.status, code: json.error?.code ?? "ERROR", message, issues };
}
