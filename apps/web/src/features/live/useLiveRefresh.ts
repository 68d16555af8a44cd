"use client";
import { useCallback, useEffect, useRef, useState } from "react";

export type LiveAction = { id: string; status: string };

/**
 * Keeps `data` fresh from `url` (JSON): read once, then again whenever the Server-Sent Events
 * stream at `eventsUrl` says the call centre changed (and when it reconnects). `live` is false
 * while the stream is down; the browser's EventSource reconnects by itself. `receivedAt` (this
 * browser's clock) lets timers tick on from the server's figures.
 */
export function useLiveRefresh<T>(url: string, eventsUrl: string, initial: T, onAction?: (action: LiveAction) => void) {
  const [data, setData] = useState<T>(initial);
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  const [live, setLive] = useState(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const onActionRef = useRef(onAction);
  onActionRef.current = onAction;

  const refresh = useCallback(async (): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    inFlight.current = (async () => {
      do {
        again.current = false;
        try {
          const response = await fetch(url, { cache: "no-store", headers: { accept: "application/json" } });
          if (response.ok) {
            setData((await response.json()) as T);
            setReceivedAt(Date.now());
          }
        } catch {
          // The stream's reconnect brings a fresh read.
        }
      } while (again.current);
    })().finally(() => {
      inFlight.current = null;
    });
    return inFlight.current;
  }, [url]);

  useEffect(() => {
    const source = new EventSource(eventsUrl);
    const onReady = () => {
      setLive(true);
      void refresh();
    };
    const onChanged = () => void refresh();
    const onActionEvent = (event: MessageEvent<string>) => {
      try {
        onActionRef.current?.(JSON.parse(event.data) as LiveAction);
      } catch {
        // Ignore a malformed event.
      }
    };
    source.addEventListener("ready", onReady);
    source.addEventListener("changed", onChanged);
    source.addEventListener("action", onActionEvent as EventListener);
    source.onerror = () => setLive(false);
    return () => source.close();
  }, [eventsUrl, refresh]);

  return { data, live, refresh, receivedAt };
}
