"use client";

import Link from "next/link";
import { useEditorT } from "../i18n/useEditorT";
import { editorButton } from "./buttonStyles";

/** The editor's error screen: what happened, that nothing is lost, and what to do next. */
export function EditorCrashMessage({ onRetry }: { onRetry: () => void }) {
  const t = useEditorT();
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-4 px-6 py-16 text-center">
      <h1 className="text-xl font-semibold text-slate-900">{t("crash.title")}</h1>
      <p className="text-sm leading-6 text-slate-600">{t("crash.body")}</p>
      <div className="flex justify-center gap-2">
        <Link href="/flows" className={editorButton.secondary}>{t("toolbar.allFlows")}</Link>
        <button type="button" className={editorButton.primary} onClick={() => { onRetry(); window.location.reload(); }}>{t("crash.retry")}</button>
      </div>
    </div>
  );
}
