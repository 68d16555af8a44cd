"use client";

import { useCallback, useEffect, useState } from "react";
import type { FlowDocument } from "@centrala/flow";
import type { EditorTranslator } from "./i18n/createEditorTranslator";
import type { ViewMode } from "./useEditorView";
import { fetchVersionDocument, fetchVersions, publishRequest, type VersionList } from "./versions/versionRequests";

type Options = {
  flowId: string;
  initialLive: number | null;
  t: EditorTranslator;
  notify: (text: string, tone?: "info" | "error" | "success") => void;
  setMode: (mode: ViewMode) => void;
  flush: () => Promise<boolean>;
  readRevision: () => number;
  onShown: () => void;
};

/** Publishing, the version list, opening/comparing old versions and rolling back. */
export function useVersionActions({ flowId, initialLive, t, notify, setMode, flush, readRevision, onShown }: Options) {
  const [list, setList] = useState<VersionList | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [liveNumber, setLiveNumber] = useState(initialLive);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const next = await fetchVersions(flowId);
    if (next) {
      setList(next);
      setLiveNumber(next.liveNumber);
    }
  }, [flowId]);

  useEffect(() => {
    if (historyOpen) void refresh();
  }, [historyOpen, refresh]);

  const show = useCallback(async (number: number, type: "version" | "compare") => {
    const document: FlowDocument | null = await fetchVersionDocument(flowId, number);
    if (!document) return notify(t("history.openFailed"), "error");
    setMode({ type, number, document });
    onShown();
  }, [flowId, notify, onShown, setMode, t]);

  const publish = useCallback(async (body: { note: string; fromVersion?: number }): Promise<boolean> => {
    setBusy(true);
    try {
      if (body.fromVersion === undefined && !(await flush())) {
        notify(t("publish.notSaved"), "error");
        return false;
      }
      const outcome = await publishRequest(flowId, body.fromVersion === undefined ? { note: body.note, revision: readRevision() } : body);
      if (outcome.type === "published") {
        notify(t("publish.done", { number: outcome.number }), "success");
        setLiveNumber(outcome.number);
        await refresh();
        return true;
      }
      notify(t(outcome.type === "problems" ? "publish.problems" : outcome.type === "conflict" ? "publish.conflict" : "publish.failed"), "error");
      return false;
    } finally {
      setBusy(false);
    }
  }, [flowId, flush, notify, readRevision, refresh, t]);

  return { list, historyOpen, setHistoryOpen, liveNumber, busy, show, publish };
}
