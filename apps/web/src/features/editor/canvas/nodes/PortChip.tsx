"use client";

import { Handle, Position } from "@xyflow/react";
import type { PortSpec } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";

/** One labelled exit of a node; the handle under it is where a connection is dragged from. */
export function PortChip({ port, connected, flagged, strict }: { port: PortSpec; connected: boolean; flagged: boolean; strict: boolean }) {
  const t = useEditorT();
  const label = t.pick(port.label);
  // Menu keys read best as the key itself ("1"), with the full name for screen readers.
  const short = port.id.startsWith("key:") ? port.id.slice(4) : label;
  const look = flagged
    ? strict ? "border-red-400 bg-red-50 text-red-800 border-dashed" : "border-slate-400 bg-white text-slate-700 border-dashed"
    : connected ? "border-slate-300 bg-white text-slate-800" : "border-slate-300 bg-white text-slate-600";
  return (
    <span
      className={`relative rounded-md border px-2 py-0.5 text-[11px] font-medium leading-4 ${look} ${short.length === 1 ? "min-w-6 text-center" : ""}`}
      title={t("canvas.exitTitle", { exit: label })}
      data-port={port.id}
    >
      <span aria-hidden="true">{short}</span>
      <span className="sr-only">{t("canvas.exitTitle", { exit: label })}</span>
      <Handle
        type="source"
        id={port.id}
        position={Position.Bottom}
        className={`size-3! border-2! border-white! ${connected ? "bg-slate-600!" : port.required ? (strict ? "bg-red-400!" : "bg-slate-400!") : "bg-slate-300!"}`}
      />
    </span>
  );
}
