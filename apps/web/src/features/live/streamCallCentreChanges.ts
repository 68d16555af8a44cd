import type { CallCentreChange, CallCentreChangeHub } from "@centrala/db";

/** How often a quiet stream sends a comment line, so proxies keep it open and a dead client is noticed. */
export const HEARTBEAT_MS = 15_000;

/**
 * A Server-Sent Events response for one tenant's call-centre changes: `event: ready` once the
 * LISTEN is active, then `event: changed` (read the picture again; bursts within 100 ms are sent
 * once) and `event: action` ({id, status}) as they happen. Ends when the client goes away.
 */
export async function streamCallCentreChanges(hub: CallCentreChangeHub, tenantId: string, signal: AbortSignal, heartbeatMs = HEARTBEAT_MS): Promise<Response> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      let pending: NodeJS.Timeout | null = null;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const onChange = (change: CallCentreChange) => {
        if (change.type === "action") return send(`event: action\ndata: ${JSON.stringify({ id: change.id, status: change.status })}\n\n`);
        if (pending) return;
        pending = setTimeout(() => {
          pending = null;
          send(`event: changed\ndata: {}\n\n`);
        }, 100);
      };
      let unsubscribe = () => {};
      const heartbeat = setInterval(() => send(`: keep-alive\n\n`), heartbeatMs);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        if (pending) clearTimeout(pending);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      signal.addEventListener("abort", () => cleanup(), { once: true });
      try {
        unsubscribe = await hub.subscribe(tenantId, onChange);
      } catch {
        send(`event: unavailable\ndata: {}\n\n`);
        return cleanup();
      }
      if (signal.aborted) return cleanup();
      send(`retry: 2000\nevent: ready\ndata: {}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
}
