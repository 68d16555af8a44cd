"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FlowDocument } from "@centrala/flow";
import { clearDraftBackup, writeDraftBackup } from "./draftBackup";
import { saveDraftRequest } from "./saveDraftRequest";

export type SaveStatus = "saved" | "pending" | "saving" | "retrying" | "conflict" | "rejected" | "refused";
export type Conflict = { currentRevision: number; updatedAt: string };

const debounceMs = 800;

/**
 * Saves the draft ~800 ms after the last change, one request at a time, retrying with backoff.
 * Until the server confirms, the draft is also kept in localStorage so a reload loses nothing.
 * A 409 stops saving and reports the conflict instead of overwriting someone else's work.
 */
export function useAutosave(flowId: string, doc: FlowDocument, initialRevision: number, enabled: boolean) {
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [rejection, setRejection] = useState<string | null>(null);
  const memory = useRef({ revision: initialRevision, saved: doc, latest: doc, inFlight: false, failures: 0, blocked: false, timer: 0 as unknown as ReturnType<typeof setTimeout> });
  const waiters = useRef<(() => void)[]>([]);

  const saveNow = useCallback(async (): Promise<void> => {
    const state = memory.current;
    clearTimeout(state.timer);
    if (state.inFlight || state.blocked) return;
    const target = state.latest;
    if (target === state.saved) return settle("saved");
    state.inFlight = true;
    setStatus("saving");
    const outcome = await saveDraftRequest(flowId, target, state.revision);
    state.inFlight = false;
    if (outcome.type === "refused") {
      // Nothing was stored; the last saved draft stands. The next change is tried again.
      state.failures = 0;
      setRejection(outcome.message || null);
      return settle("refused");
    }
    setRejection(null);
    if (outcome.type === "saved") {
      state.revision = outcome.revision;
      state.saved = target;
      state.failures = 0;
      if (state.latest === target) {
        clearDraftBackup(flowId);
        return settle("saved");
      }
      return void saveNow();
    }
    if (outcome.type === "conflict") {
      state.blocked = true;
      setConflict({ currentRevision: outcome.currentRevision, updatedAt: outcome.updatedAt });
      return settle("conflict");
    }
    if (outcome.type === "rejected") {
      state.blocked = true;
      return settle("rejected");
    }
    state.failures += 1;
    state.timer = setTimeout(() => void saveNow(), Math.min(30_000, 1000 * 2 ** state.failures));
    return settle("retrying");

    function settle(next: SaveStatus) {
      setStatus(next);
      for (const wake of waiters.current.splice(0)) wake();
    }
  }, [flowId]);

  useEffect(() => {
    const state = memory.current;
    state.latest = doc;
    if (!enabled || doc === state.saved) return;
    writeDraftBackup(flowId, doc, state.revision);
    if (state.blocked) return;
    setStatus((current) => (current === "saving" || current === "retrying" ? current : "pending"));
    clearTimeout(state.timer);
    state.timer = setTimeout(() => void saveNow(), state.failures > 0 ? 0 : debounceMs);
  }, [doc, enabled, flowId, saveNow]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (memory.current.latest !== memory.current.saved) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  /** Keeps this editor's version: saves on top of the other one (the latest revision). */
  const overwrite = useCallback(() => {
    if (!conflict) return;
    memory.current.revision = conflict.currentRevision;
    memory.current.blocked = false;
    setConflict(null);
    void saveNow();
  }, [conflict, saveNow]);

  /** Saves any pending change right away and resolves once the server has it (or cannot take it). */
  const flush = useCallback(async (): Promise<boolean> => {
    const state = memory.current;
    if (state.latest === state.saved) return true;
    const settled = new Promise<void>((resolve) => waiters.current.push(resolve));
    void saveNow();
    await settled;
    return state.latest === state.saved;
  }, [saveNow]);

  const readRevision = useCallback(() => memory.current.revision, []);

  return { status, conflict, rejection, overwrite, flush, readRevision };
}
