/** POSTs JSON to an API route; the answer's body, or an Error carrying the route's own message. */
export async function postJson<T = unknown>(url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) });
  const data = (await response.json().catch(() => ({}))) as { error?: { message?: string; issues?: { message: string }[] } } & T;
  if (!response.ok) throw new Error(data.error?.issues?.[0]?.message ?? data.error?.message ?? `HTTP ${response.status}`);
  return data;
}
