"use client";

import { useState, type DragEvent, type KeyboardEvent } from "react";
import { nodeDefinitions, nodeKinds, type NodeKind } from "@centrala/flow";
import { useEditorT } from "../i18n/useEditorT";
import { kindAccents } from "./nodes/kindAccents";
import { NodeIcon } from "./nodes/NodeIcon";

/** The data type a palette item carries while dragged onto the canvas. */
export const paletteDragType = "application/x-centrala-node-kind";

// The incoming-call step exists exactly once, so it is never offered.
const offeredKinds = nodeKinds.filter((kind) => kind !== "start");

/** Every node kind with its icon and one-line description; drag one in, or press Enter to add it. */
export function Palette({ onAdd, disabled }: { onAdd: (kind: NodeKind) => void; disabled: boolean }) {
  const t = useEditorT();
  const [query, setQuery] = useState("");
  const shown = offeredKinds.filter((kind) => matchesQuery(query, [t.pick(nodeDefinitions[kind].labels), t.pick(nodeDefinitions[kind].description), kind]));
  const onDragStart = (event: DragEvent, kind: NodeKind) => {
    event.dataTransfer.setData(paletteDragType, kind);
    event.dataTransfer.effectAllowed = "copy";
  };
  const onKeyDown = (event: KeyboardEvent, kind: NodeKind) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onAdd(kind);
  };
  return (
    <nav aria-labelledby="palette-title" className="flex h-full flex-col">
      <div className="px-4 pt-4 pb-2">
        <h2 id="palette-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("palette.title")}</h2>
        <p className="mt-1 text-xs leading-4 text-slate-600">{t("palette.hint")}</p>
        <label htmlFor="palette-search" className="sr-only">{t("palette.search")}</label>
        <input id="palette-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t("palette.search")}
          data-testid="palette-search" autoComplete="off"
          className="mt-2 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-teal-700" />
      </div>
      {shown.length === 0 && <p className="px-4 text-sm text-slate-600" data-testid="palette-empty">{t("palette.noMatch")}</p>}
      <ul className="min-h-0 flex-1 space-y-1 overflow-y-auto px-2 pb-4">
        {shown.map((kind) => {
          const definition = nodeDefinitions[kind];
          return (
            <li key={kind}>
              <div
                role="button"
                tabIndex={disabled ? -1 : 0}
                aria-disabled={disabled}
                draggable={!disabled}
                onDragStart={(event) => onDragStart(event, kind)}
                onKeyDown={(event) => !disabled && onKeyDown(event, kind)}
                onDoubleClick={() => !disabled && onAdd(kind)}
                data-testid={`palette-${kind}`}
                className={`flex cursor-grab items-start gap-2.5 rounded-lg border border-transparent px-2 py-2 select-none hover:border-slate-200 hover:bg-white hover:shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700 active:cursor-grabbing ${disabled ? "pointer-events-none opacity-50" : ""}`}
              >
                <span className={`mt-0.5 grid size-7 shrink-0 place-items-center rounded-lg ${kindAccents[kind]}`}>
                  <NodeIcon name={definition.icon} />
                </span>
                <span className="min-w-0">
                  {/* The name is the visible text, with "Add step:" before it for screen readers. */}
                  <span className="sr-only">{t("palette.addPrefix")} </span>
                  <span className="block text-sm font-medium leading-5 text-slate-900">{t.pick(definition.labels)}</span>
                  <span id={`palette-desc-${kind}`} className="block text-xs leading-4 text-slate-600">{t.pick(definition.description)}</span>
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Whether every word typed appears in one of the texts (case and Polish accents ignored). */
function matchesQuery(query: string, texts: string[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const haystack = fold(texts.join(" "));
  return words.every((word) => haystack.includes(word));
}

function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l");
}
