"use client";

import { useEffect, useState } from "react";
import { nodeDefinitions, type FlowDocument, type Localized } from "@centrala/flow";
import { diffDocuments, type DiffMark } from "../document/diffDocuments";
import { fetchVersionDocument } from "./versionRequests";

export type PublishSummary = { liveNumber: number; changes: { mark: DiffMark; name: string | Localized }[] };

/** What publishing would change for callers: the draft compared with the live version. */
export function usePublishSummary(flowId: string, liveNumber: number | null, draft: FlowDocument, open: boolean): PublishSummary | null {
  const [live, setLive] = useState<{ number: number; document: FlowDocument } | null>(null);
  useEffect(() => {
    if (!open || liveNumber === null || live?.number === liveNumber) return;
    let current = true;
    void fetchVersionDocument(flowId, liveNumber).then((document) => {
      if (current && document) setLive({ number: liveNumber, document });
    });
    return () => { current = false; };
  }, [flowId, liveNumber, live?.number, open]);
  if (!live || live.number !== liveNumber) return null;
  const diff = diffDocuments(live.document, draft);
  const nodes = new Map([...live.document.nodes, ...draft.nodes].map((node) => [node.id, node]));
  const changes = [...diff.marks].map(([id, mark]) => {
    const node = nodes.get(id);
    return { mark, name: node?.label || (node ? nodeDefinitions[node.kind].labels : id) };
  });
  return { liveNumber: live.number, changes };
}
