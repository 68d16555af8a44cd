"use client";

import { useState } from "react";
import { nodeDefinitions, type FlowDocument, type Problem } from "@centrala/flow";
import { useEditorT } from "../i18n/useEditorT";

/** Everything wrong with the flow in plain language; choosing a problem shows its step. */
export function ProblemsPanel({ problems, doc, strict, onShow }: { problems: readonly Problem[]; doc: FlowDocument; strict: boolean; onShow: (nodeId: string) => void }) {
  const t = useEditorT();
  const [open, setOpen] = useState(true);
  // Before publishing is tried, errors are steps still being set up: grey, not alarming red.
  const errorDot = strict ? "bg-red-600" : "bg-slate-500";
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const parts = [...(errors > 0 ? [t(strict ? "problems.toFix" : "problems.toSetUp", { count: errors })] : []), ...(warnings > 0 ? [t("problems.toCheck", { count: warnings })] : [])];
  const summary = problems.length === 0 ? t("problems.none") : parts.join(", ");
  return (
    <section aria-labelledby="problems-title" id="editor-problems" className="border-t border-slate-200 bg-white" data-testid="problems-panel" data-strict={strict}>
      <h2 id="problems-title">
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          className="flex w-full items-center gap-2 px-4 py-2 text-left text-sm font-semibold text-slate-800 hover:bg-slate-50"
        >
          <span aria-hidden="true" className={`text-xs text-slate-500 transition-transform ${open ? "rotate-90" : ""}`}>▶</span>
          {t("problems.title")}
          <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-medium ${errors > 0 ? (strict ? "bg-red-100 text-red-800" : "bg-slate-100 text-slate-700") : warnings > 0 ? "bg-amber-100 text-amber-800" : "bg-emerald-100 text-emerald-800"}`}>
            {summary}
          </span>
        </button>
      </h2>
      {open && problems.length > 0 && (
        <ul className="relative max-h-36 overflow-y-auto border-t border-slate-100 px-2 py-1">
          {problems.map((problem, index) => {
            const node = problem.nodeId ? doc.nodes.find((candidate) => candidate.id === problem.nodeId) : undefined;
            const where = node ? node.label || t.pick(nodeDefinitions[node.kind].labels) : t("problems.wholeFlow");
            return (
              <li key={`${problem.code}-${problem.nodeId ?? ""}-${index}`}>
                <button
                  type="button"
                  disabled={!node}
                  onClick={() => node && onShow(node.id)}
                  data-testid="problem-item"
                  className="flex w-full items-start gap-2.5 rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-50 disabled:cursor-default"
                >
                  <span className={`mt-1.5 size-2 shrink-0 rounded-full ${problem.severity === "error" ? errorDot : "bg-amber-500"}`} aria-hidden="true" />
                  <span className="sr-only">{t(problem.severity === "error" ? (strict ? "problems.error" : "problems.setup") : "problems.warning")}: </span>
                  <span className="min-w-0 flex-1 text-slate-800">{t.pick(problem.message)}</span>
                  <span className="shrink-0 text-xs text-slate-600">{where}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
