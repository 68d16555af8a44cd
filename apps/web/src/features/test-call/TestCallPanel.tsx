"use client";

import { useState } from "react";
import type { DialTargetBehaviour, DialTargetScript } from "@centrala/jambonz-sim";
import { convertWallTimeToInstant } from "./convertWallTimeToInstant";
import { TimeTravelFields, type TimeTravel } from "./TimeTravelFields";
import { defaultCaller } from "./useTestCall";
import { useTestCallT } from "./i18n/useTestCallT";
import type { useTestCall } from "./useTestCall";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];
const BEHAVIOURS: Record<string, { label: "testCall.agent.answer" | "testCall.agent.busy" | "testCall.agent.noAnswer" | "testCall.agent.decline"; script: DialTargetBehaviour }> = {
  answer: { label: "testCall.agent.answer", script: { answerAfterMs: 3000, talkMs: 15_000 } },
  busy: { label: "testCall.agent.busy", script: { busy: true } },
  noAnswer: { label: "testCall.agent.noAnswer", script: { noAnswer: true } },
  decline: { label: "testCall.agent.decline", script: { declines: true } },
};
const toneClass = { hear: "text-slate-900", you: "text-indigo-700 font-medium", system: "text-slate-500", end: "text-slate-900 font-semibold" };

type Props = {
  testCall: ReturnType<typeof useTestCall>;
  targets: string[];
  /** The company's time zone: the moment chosen is read on its clock. */
  timezone: string;
  /** The name of the step the call is in now (the canvas shows it too). */
  activeStep: string | null;
  onClose: () => void;
};

/** The phone in the editor: start a test call, press keys, decide how colleagues answer, read what happened. */
export function TestCallPanel({ testCall, targets, timezone, activeStep, onClose }: Props) {
  const t = useTestCallT();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [travel, setTravel] = useState<TimeTravel>({ date: "", time: "", from: defaultCaller });
  const startCall = () => {
    // An empty date is "now"; a date without a time is that day at noon.
    const at = travel.date ? convertWallTimeToInstant(travel.date, travel.time || "12:00", timezone) : null;
    void testCall.start(dialTargets, { at, from: travel.from });
  };
  const live = testCall.status === "active" || testCall.status === "starting";
  const dialTargets: DialTargetScript = Object.fromEntries(targets.map((target) => [target, BEHAVIOURS[answers[target] ?? "answer"]!.script]));

  return (
    <section aria-labelledby="test-call-title" className="flex h-full flex-col gap-4 overflow-y-auto p-4 text-sm" data-testid="test-call-panel">
      <header className="flex items-start justify-between gap-2">
        <div>
          <h2 id="test-call-title" className="text-base font-semibold text-slate-900">{t("testCall.title")}</h2>
          <p className="mt-1 text-slate-600">{t("testCall.intro")}</p>
        </div>
        <button type="button" onClick={onClose} aria-label={t("testCall.close")} className="rounded p-1 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600">✕</button>
      </header>

      <TimeTravelFields value={travel} timezone={timezone} disabled={live} onChange={setTravel} />

      {targets.length > 0 && (
        <fieldset className="rounded-lg border border-slate-200 p-3" disabled={live}>
          <legend className="px-1 font-medium text-slate-800">{t("testCall.agents")}</legend>
          <p className="mb-2 text-xs text-slate-600">{t("testCall.agentsHelp")}</p>
          {targets.map((target) => (
            <label key={target} className="mb-1 flex items-center justify-between gap-2">
              <span className="font-mono text-slate-700">{target}</span>
              <select value={answers[target] ?? "answer"} onChange={(e) => setAnswers((a) => ({ ...a, [target]: e.target.value }))} className="rounded border border-slate-300 px-2 py-1">
                {Object.entries(BEHAVIOURS).map(([value, b]) => <option key={value} value={value}>{t(b.label)}</option>)}
              </select>
            </label>
          ))}
        </fieldset>
      )}

      {testCall.error && <p role="status" data-testid="test-call-error" className="rounded bg-amber-50 p-2 text-amber-900">{testCall.error}</p>}

      {live ? (
        <button type="button" onClick={testCall.hangUp} className="rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600">
          {testCall.status === "starting" ? t("testCall.starting") : t("testCall.hangUp")}
        </button>
      ) : (
        <button type="button" onClick={startCall} data-testid="test-call-start" className="rounded-lg bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600">
          {testCall.status === "ended" ? t("testCall.again") : t("testCall.start")}
        </button>
      )}

      {activeStep && testCall.status !== "idle" && (
        <p className="rounded-md bg-sky-50 px-2.5 py-1.5 text-sky-900 ring-1 ring-sky-200" data-testid="test-call-active-step">
          {t(testCall.status === "ended" ? "testCall.endedIn" : "testCall.nowIn", { step: activeStep })}
        </p>
      )}

      <div role="group" aria-label={t("testCall.keypad")} className="grid grid-cols-3 gap-2">
        {KEYS.map((key) => (
          <button key={key} type="button" disabled={testCall.status !== "active"} onClick={() => testCall.press(key)} aria-label={t("testCall.key", { key })}
            data-testid={`test-call-key-${key}`}
            className="rounded-lg border border-slate-300 bg-white py-2 text-lg font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-indigo-600">
            {key}
          </button>
        ))}
      </div>

      <div>
        <h3 className="mb-1 font-medium text-slate-800">{t("testCall.transcript")}</h3>
        <ol aria-live="polite" data-testid="test-call-transcript" className="space-y-1 rounded-lg bg-slate-50 p-2">
          {testCall.lines.length === 0 && <li className="text-slate-600">{t("testCall.empty")}</li>}
          {testCall.lines.map((line) => <li key={line.id} className={toneClass[line.tone]}>{line.text}</li>)}
        </ol>
      </div>
    </section>
  );
}
