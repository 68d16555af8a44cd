import { parseFlowDocument, type FlowDocument } from "@centrala/flow";

/** An unsaved copy of the draft kept in the browser until the server confirms a save. */
export type DraftBackup = { document: FlowDocument; baseRevision: number; savedAt: string };

function keyFor(flowId: string): string {
  return `centrala.editor.unsaved.${flowId}`;
}

export function writeDraftBackup(flowId: string, document: FlowDocument, baseRevision: number): void {
  try {
    localStorage.setItem(keyFor(flowId), JSON.stringify({ document, baseRevision, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or disabled (private mode): the server save still runs; nothing else to do.
  }
}

/** Reads the backup, parsing it like any other boundary (it may be from an older editor). */
export function readDraftBackup(flowId: string): DraftBackup | null {
  try {
    const raw = JSON.parse(localStorage.getItem(keyFor(flowId)) ?? "null") as Partial<DraftBackup> | null;
    if (!raw) return null;
    const parsed = parseFlowDocument(raw.document);
    if (!parsed.ok) return null;
    return { document: parsed.document, baseRevision: Number(raw.baseRevision ?? 0), savedAt: String(raw.savedAt ?? "") };
  } catch {
    return null;
  }
}

export function clearDraftBackup(flowId: string): void {
  try {
    localStorage.removeItem(keyFor(flowId));
  } catch {
    // See writeDraftBackup.
  }
}
