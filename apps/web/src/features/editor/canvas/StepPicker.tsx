"use client";

import { useEffect, useRef } from "react";
import { Command } from "cmdk";
import { nodeDefinitions, nodeKinds, type NodeKind } from "@centrala/flow";
import { useEditorT } from "../i18n/useEditorT";
import { kindAccents } from "./nodes/kindAccents";
import { NodeIcon } from "./nodes/NodeIcon";

// The incoming-call step exists exactly once, so it is never offered.
const offeredKinds = nodeKinds.filter((kind) => kind !== "start");

type Props = {
  /** Where to show it, relative to the canvas. */
  at: { x: number; y: number };
  onPick: (kind: NodeKind) => void;
  onClose: () => void;
};

/** The searchable list of steps a wire let go on empty canvas can lead to; type to filter, Enter to add. */
export function StepPicker({ at, onPick, onClose }: Props) {
  const t = useEditorT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) onClose();
    };
    window.addEventListener("pointerdown", onPointerDown, true);
    return () => window.removeEventListener("pointerdown", onPointerDown, true);
  }, [onClose]);
  return (
    <div ref={box} className="absolute z-30 w-72 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xl" style={{ left: at.x, top: at.y }} data-testid="step-picker">
      <Command label={t("picker.label")} onKeyDown={(event) => { if (event.key === "Escape") { event.preventDefault(); onClose(); } }}>
        <Command.Input autoFocus placeholder={t("picker.search")} aria-label={t("picker.search")}
          className="w-full border-b border-slate-200 px-3 py-2.5 text-sm outline-none placeholder:text-slate-500" />
        <Command.List className="max-h-72 overflow-y-auto p-1">
          <Command.Empty className="px-3 py-2 text-sm text-slate-600">{t("picker.empty")}</Command.Empty>
          {offeredKinds.map((kind) => {
            const definition = nodeDefinitions[kind];
            return (
              <Command.Item key={kind} value={t.pick(definition.labels)} keywords={[t.pick(definition.description), kind]} onSelect={() => onPick(kind)}
                data-testid={`picker-${kind}`}
                className="flex cursor-pointer items-center gap-2.5 rounded-lg px-2 py-1.5 text-sm text-slate-900 data-[selected=true]:bg-teal-50 data-[selected=true]:text-teal-900">
                <span className={`grid size-6 shrink-0 place-items-center rounded-md ${kindAccents[kind]}`}><NodeIcon name={definition.icon} /></span>
                {t.pick(definition.labels)}
              </Command.Item>
            );
          })}
        </Command.List>
      </Command>
    </div>
  );
}
