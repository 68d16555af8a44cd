"use client";

import type { Problem } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";

/** A count of a node's problems; hovering the badge lists them in plain language. */
export function NodeProblemsBadge({ problems, strict }: { problems: readonly Problem[]; strict: boolean }) {
  const t = useEditorT();
  if (problems.length === 0) return null;
  const hasError = problems.some((problem) => problem.severity === "error");
  const setup = hasError && !strict;
  return (
    <>
      <span
        className={`peer flex h-5 min-w-5 shrink-0 items-center justify-center gap-1 rounded-full px-1.5 text-[11px] font-bold ${setup ? "bg-slate-100 text-slate-700 ring-1 ring-slate-300" : hasError ? "bg-red-700 text-white" : "bg-amber-100 text-amber-900 ring-1 ring-amber-300"}`}
        data-testid="node-problem-count"
        data-tone={setup ? "setup" : hasError ? "error" : "warning"}
        title={problems.map((problem) => t.pick(problem.message)).join("\n")}
      >
        {setup && <span className="font-medium">{t("canvas.needsSetup")}</span>}
        <span aria-hidden="true">{problems.length}</span>
        <span className="sr-only">{t("canvas.problemsOnStep", { count: problems.length })}</span>
      </span>
      <div role="tooltip" className="pointer-events-none invisible absolute bottom-full left-0 z-10 mb-2 w-72 rounded-lg bg-slate-900 px-3 py-2 text-xs leading-5 text-white opacity-0 shadow-lg transition-opacity peer-hover:visible peer-hover:opacity-100">
        <ul className="space-y-1">
          {problems.map((problem, index) => (
            <li key={`${problem.code}-${index}`} className="flex gap-1.5">
              <span aria-hidden="true" className={problem.severity === "error" ? "text-red-300" : "text-amber-300"}>●</span>
              {t.pick(problem.message)}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
