import type { HttpEffect, HttpResultEvent } from "@centrala/engine";
import type { OutboundClient } from "@centrala/outbound";

/**
 * Performs a flow's HTTP request through the outbound guard (no internal addresses, capped answer,
 * the node's time limit) and turns the outcome into an engine event. A refused address or an
 * oversize answer takes the node's error exit like any failure.
 */
export async function performHttpRequest(client: OutboundClient, effect: HttpEffect, now: () => number, onRefused: (reason: string) => void): Promise<HttpResultEvent> {
  const base = { type: "httpResult" as const, requestId: effect.requestId };
  try {
    const hasBody = effect.body !== undefined;
    const res = await client.request(effect.url, {
      method: effect.method,
      headers: { ...(hasBody ? { "content-type": "application/json" } : {}), ...effect.headers },
      body: hasBody ? JSON.stringify(effect.body) : undefined,
      timeoutMs: effect.timeoutMs,
    });
    let body: unknown = res.text;
    try { body = res.text ? JSON.parse(res.text) : null; } catch { /* not JSON: keep the text */ }
    if (res.status < 200 || res.status >= 300) return { ...base, at: now(), status: res.status, body, error: "bad-response" };
    return { ...base, at: now(), status: res.status, body };
  } catch (err) {
    const name = err instanceof Error ? err.name : "";
    if (err instanceof Error && "reason" in err) onRefused(String((err as { reason: unknown }).reason));
    const timedOut = name === "TimeoutError" || name === "AbortError" || /timeout/i.test(err instanceof Error ? err.message : "");
    return { ...base, at: now(), error: timedOut ? "timeout" : "network" };
  }
}
