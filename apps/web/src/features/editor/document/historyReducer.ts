import type { FlowDocument } from "@centrala/flow";
import { applyEditorAction, type EditorAction, type EditorActionType } from "./editorAction";

type Entry = { document: FlowDocument; action: EditorActionType };

/** Undo history of the document only; selection and viewport never enter it. */
export type History = {
  past: Entry[];
  present: FlowDocument;
  future: Entry[];
  /** Lets a run of edits to one field (typing) become a single undo step. */
  lastMergeKey?: string;
};

export type HistoryCommand =
  | { type: "do"; action: EditorAction; mergeKey?: string }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "reset"; document: FlowDocument };

const historyLimit = 200;

export function createHistory(document: FlowDocument): History {
  return { past: [], present: document, future: [] };
}

/** Applies a named action (recording it) or moves through the history. */
export function reduceHistory(history: History, command: HistoryCommand): History {
  if (command.type === "reset") return createHistory(command.document);
  if (command.type === "undo") return stepBack(history);
  if (command.type === "redo") return stepForward(history);
  const next = applyEditorAction(history.present, command.action);
  if (next === history.present) return history;
  if (command.mergeKey !== undefined && command.mergeKey === history.lastMergeKey && history.past.length > 0) {
    return { ...history, present: next, future: [] };
  }
  const past = [...history.past, { document: history.present, action: command.action.type }].slice(-historyLimit);
  return { past, present: next, future: [], ...(command.mergeKey === undefined ? {} : { lastMergeKey: command.mergeKey }) };
}

/** The name of the step undo would take back, for the button's tooltip. */
export function readUndoAction(history: History): EditorActionType | undefined {
  return history.past.at(-1)?.action;
}

export function readRedoAction(history: History): EditorActionType | undefined {
  return history.future[0]?.action;
}

function stepBack(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous.document,
    future: [{ document: history.present, action: previous.action }, ...history.future],
  };
}

function stepForward(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return {
    past: [...history.past, { document: history.present, action: next.action }],
    present: next.document,
    future: history.future.slice(1),
  };
}
