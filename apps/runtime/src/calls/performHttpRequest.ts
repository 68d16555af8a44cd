import type { HttpEffect, HttpResultEvent } from "@centrala/engine";

/** Performs a flow's HTTP request with its timeout and turns the outcome into an engine event. */
export async function performHttpRequest(effect: HttpEffect, now: () => number): Promise<HttpResultEvent> {
  const base = { type: "httpResult" as const, requestId: effect.requestId };
  try {
    const res = await fetch(effect.url, {
      method: effect.method,
      headers: { ...(effect.body ? { "content-type": "application/json" } : {}), ...effect.headers },
      body: effect.body ? JSON.stringify(effect.body) : undefined,
      signal: AbortSignal.timeout(effect.timeoutMs),
      redirect: "follow",
    });
    const text = await res.text();
    let body: unknown = text;
    try { body = text ? JSON.parse(text) : null; } catch { /* not JSON: keep the text */ }
    if (!res.ok) return { ...base, at: now(), status: res.status, body, error: "bad-response" };
    return { ...base, at: now(), status: res.status, body };
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
    return { ...base, at: now(), error: timedOut ? "timeout" : "network" };
  }
}
