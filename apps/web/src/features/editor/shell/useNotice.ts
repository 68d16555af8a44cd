"use client";

import { useCallback, useRef, useState } from "react";

export type Notice = { id: number; text: string; tone: "info" | "error" | "success" };

/** Short messages (a refused connection, "Version 3 is live") read out politely and then cleared. */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const counter = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const notify = useCallback((text: string, tone: Notice["tone"] = "info") => {
    counter.current += 1;
    setNotice({ id: counter.current, text, tone });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setNotice(null), 6000);
  }, []);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, notify, dismiss };
}
