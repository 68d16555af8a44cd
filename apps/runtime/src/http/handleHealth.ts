import type { IncomingMessage, ServerResponse } from "node:http";

export type HealthProbe = { isReady(): Promise<{ ok: boolean; detail: string }> };

/** /healthz says the process is alive; /readyz says it can serve calls (database reachable). */
export async function handleHealth(req: IncomingMessage, res: ServerResponse, probe: HealthProbe): Promise<boolean> {
  const url = req.url?.split("?")[0];
  if (url === "/healthz") {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
    return true;
  }
  if (url === "/readyz") {
    const result = await probe.isReady().catch((e: unknown) => ({ ok: false, detail: e instanceof Error ? e.message : String(e) }));
    res.writeHead(result.ok ? 200 : 503, { "content-type": "application/json" })
      .end(JSON.stringify({ status: result.ok ? "ready" : "not ready", detail: result.detail }));
    return true;
  }
  return false;
}
