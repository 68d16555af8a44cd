"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { JambonzSimulator, RealClock, type DialTargetScript, type SimulatedCall } from "@centrala/jambonz-sim";
import type { FlowDocument } from "@centrala/flow";
import { convertTraceToPath, type CallPath, type TraceEvent } from "./convertTraceToPath";
import { useEditorResources } from "../editor/shell/EditorResources";
import { describeTestCallEvent, isSensitiveGather, type TestCallLine } from "./describeTestCallEvent";
import type { TestCallTranslator } from "./i18n/useTestCallT";
import { playAudio, readSayLanguage, speakText, stopSpeaking } from "./speakText";

export type TestCallStatus = "idle" | "starting" | "active" | "ended";
/** The caller's number a test call shows when the person does not choose one. */
export const defaultCaller = "+48500100200";
const emptyPath: CallPath = { visitedNodeIds: [], activeNodeId: null, takenEdgeIds: [] };

/**
 * A test call placed from the browser: the jambonz simulator (the same protocol jambonz speaks)
 * calls the runtime with a test-session address, so the draft runs on the real runtime code path.
 * The call's path comes from the runtime's own trace of it.
 */
export function useTestCall(flowId: string, document: FlowDocument, t: TestCallTranslator) {
  const [status, setStatus] = useState<TestCallStatus>("idle");
  const { queues } = useEditorResources();
  const queueNames = useRef(queues);
  queueNames.current = queues;
  const [lines, setLines] = useState<TestCallLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [path, setPath] = useState<CallPath>(emptyPath);
  const call = useRef<SimulatedCall | null>(null);
  const docRef = useRef(document);
  docRef.current = document;

  const refreshPath = useCallback(async (callSid: string, active: boolean) => {
    const res = await fetch(`/api/calls/${encodeURIComponent(callSid)}/trace`, { cache: "no-store" }).catch(() => null);
    if (!res?.ok) return;
    const body = (await res.json()) as { events: TraceEvent[] };
    setPath(convertTraceToPath(body.events, docRef.current, active));
  }, []);

  const start = useCallback(async (dialTargets: DialTargetScript, options: { at?: string | null; from?: string } = {}) => {
    setStatus("starting");
    setError(null);
    setLines([]);
    setPath(emptyPath);
    const res = await fetch(`/api/flows/${flowId}/test-call`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ draft: docRef.current, ...(options.at ? { at: options.at } : {}) }),
    }).catch(() => null);
    if (!res || !res.ok) {
      setError(res?.status === 422 ? t("testCall.hasErrors") : res?.status === 400 ? t("testCall.badMoment") : t("testCall.failedToStart"));
      setStatus("idle");
      return;
    }
    const { wsUrl, number } = (await res.json()) as { wsUrl: string; number: string };
    const sim = new JambonzSimulator({ url: wsUrl, webSocket: WebSocket as never, clock: new RealClock() });
    const placed = sim.placeCall({ from: options.from?.trim() || defaultCaller, to: number, dialTargets });
    call.current = placed;
    let language: string | undefined;
    let nextId = 0;
    // Keys typed into a sensitive step (a card number, a PIN) show as • on the page.
    let maskKeys = false;
    placed.on("event", (event) => {
      if (event.kind === "verb-received") language = readSayLanguage(event.verb) ?? language;
      if (event.kind === "verb-received" && event.name === "gather") maskKeys = isSensitiveGather(event.verb, docRef.current);
      if (event.kind === "hear" && event.what === "say" && event.text) speakText(event.text, language);
      if (event.kind === "hear" && event.what === "play" && event.url) playAudio(event.url);
      if (event.kind === "sent" && event.type === "verb:hook") void refreshPath(placed.callSid, true);
      if (event.kind === "verb-start" || event.kind === "call-status") setStatus((s) => (s === "starting" ? "active" : s));
      const line = describeTestCallEvent(event, t, { maskKeys, nameQueue: (id) => queueNames.current.find((queue) => queue.id === id)?.name ?? id });
      if (line) setLines((prev) => [...prev, { ...line, id: nextId++ }]);
    });
    const poll = setInterval(() => void refreshPath(placed.callSid, true), 800);
    void placed.ended.then(async () => {
      clearInterval(poll);
      stopSpeaking();
      setStatus("ended");
      // The runtime writes call records in batches; give it a moment, then draw the whole path.
      await new Promise((r) => setTimeout(r, 400));
      await refreshPath(placed.callSid, false);
    });
  }, [flowId, refreshPath, t]);

  const press = useCallback((key: string) => call.current?.press(key), []);
  const hangUp = useCallback(() => call.current?.hangUp(), []);
  useEffect(() => () => { call.current?.hangUp(); stopSpeaking(); }, []);

  return { status, lines, error, path, start, press, hangUp };
}
