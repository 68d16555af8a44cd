"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { parseFlowDocument, type FlowDocument, type Problem } from "@centrala/flow";
import { EditorDialog } from "../shell/EditorDialog";
import { editorButton } from "../shell/buttonStyles";
import { useEditorT } from "../i18n/useEditorT";

type Pending = { kind: "confirm"; name: string; document: FlowDocument } | { kind: "problems"; name: string; problems: Problem[] };

/** Picks a JSON file, checks it with the flow package and only then offers to replace the draft. */
export function ImportFlowControl({ disabled, onImport }: { disabled: boolean; onImport: (doc: FlowDocument) => void }) {
  const t = useEditorT();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const parsed = parseFlowDocument(await file.text());
    setPending(parsed.ok ? { kind: "confirm", name: file.name, document: parsed.document } : { kind: "problems", name: file.name, problems: parsed.problems });
  };
  return (
    <>
      <button type="button" className={editorButton.ghost} disabled={disabled} onClick={() => input.current?.click()} data-testid="import-button">{t("toolbar.import")}</button>
      <input ref={input} type="file" accept="application/json,.json" className="sr-only" tabIndex={-1} aria-hidden="true" onChange={onFile} data-testid="import-input" />
      <EditorDialog open={pending?.kind === "confirm"} title={t("import.confirmTitle")} onClose={() => setPending(null)} testId="import-confirm">
        <p className="text-sm leading-6 text-slate-700">{t("import.confirmBody", { file: pending?.name ?? "", count: pending?.kind === "confirm" ? pending.document.nodes.length : 0 })}</p>
        <div className="flex justify-end gap-2">
          <button type="button" className={editorButton.secondary} onClick={() => setPending(null)}>{t("common.cancel")}</button>
          <button type="button" className={editorButton.primary} data-testid="import-apply"
            onClick={() => { if (pending?.kind === "confirm") onImport(pending.document); setPending(null); }}>{t("import.replace")}</button>
        </div>
      </EditorDialog>
      <EditorDialog open={pending?.kind === "problems"} title={t("import.failedTitle")} onClose={() => setPending(null)} testId="import-problems">
        <p className="text-sm leading-6 text-slate-700">{t("import.failedBody", { file: pending?.name ?? "" })}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-red-800">
          {pending?.kind === "problems" && pending.problems.slice(0, 8).map((problem, index) => <li key={index}>{t.pick(problem.message)}</li>)}
        </ul>
        <div className="flex justify-end">
          <button type="button" className={editorButton.primary} onClick={() => setPending(null)}>{t("common.ok")}</button>
        </div>
      </EditorDialog>
    </>
  );
}
