"use client";

import { memo } from "react";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { nodeDefinitions } from "@centrala/flow";
import { targetHandleId, type CanvasNode } from "../../document/canvasTypes";
import { useEditorT } from "../../i18n/useEditorT";
import { useEditorResources } from "../../shell/EditorResources";
import { kindAccents } from "./kindAccents";
import { NodeIcon } from "./NodeIcon";
import { nodeSummaries } from "./nodeSummaries";
import { NodeProblemsBadge } from "./NodeProblemsBadge";
import { PortChip } from "./PortChip";

/** The card every node kind is drawn with: icon, name, one-line summary, problems and exits. */
function StepNodeCard({ data, selected }: NodeProps<CanvasNode>) {
  const t = useEditorT();
  const resources = useEditorResources();
  const { node, ports, problems } = data;
  const definition = nodeDefinitions[node.kind];
  const kindName = t.pick(definition.labels);
  const errors = problems.filter((problem) => problem.severity === "error");
  const connected = new Set(data.connected.split(","));
  const problemPorts = new Set(problems.flatMap((problem) => (problem.port ? [problem.port] : [])));
  return (
    <div
      className={`group relative w-max min-w-56 max-w-80 rounded-xl border bg-white ${describeOutline(data, errors.length, problems.length, selected)}`}
      data-kind={node.kind}
      data-problems={problems.length}
      data-diff={data.diff}
      data-run={data.run}
      data-tone={errors.length === 0 ? undefined : data.strict ? "error" : "setup"}
    >
      {node.kind !== "start" && (
        <Handle type="target" id={targetHandleId} position={Position.Top} className="h-2! w-10! rounded-full! border-0! bg-slate-300!" />
      )}
      <div className="flex items-start gap-2.5 px-3 pt-2.5">
        <span className={`mt-0.5 grid size-7 shrink-0 place-items-center rounded-lg ${kindAccents[node.kind]}`}>
          <NodeIcon name={definition.icon} />
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-semibold leading-5 text-slate-900" data-testid="node-title">{node.label || kindName}</p>
          {node.label && <p className="truncate text-xs leading-4 text-slate-500">{kindName}</p>}
        </div>
        <NodeProblemsBadge problems={problems} strict={data.strict ?? false} />
      </div>
      <p className="mx-3 mt-1.5 mb-2 line-clamp-2 max-w-72 text-xs leading-4 text-slate-600">
        {nodeSummaries[node.kind](node.data, t, resources)}
      </p>
      {data.diff && <p className="sr-only">{t(`diff.${data.diff}`)}</p>}
      {ports.length > 0 && (
        <div className="flex flex-wrap justify-center gap-1.5 rounded-b-xl border-t border-slate-100 bg-slate-50/70 px-2 pt-1.5 pb-2.5">
          {ports.map((port) => (
            <PortChip key={port.id} port={port} connected={connected.has(port.id)} flagged={problemPorts.has(port.id)} strict={data.strict ?? false} />
          ))}
        </div>
      )}
    </div>
  );
}

function describeOutline(data: CanvasNode["data"], errors: number, problems: number, selected: boolean): string {
  const ring = selected ? " ring-2 ring-teal-600 ring-offset-2" : "";
  if (data.ghost) return "border-dashed border-red-300 opacity-55";
  if (data.run === "active") return `border-sky-500 ring-4 ring-sky-300/70 shadow-lg shadow-sky-200`;
  if (data.diff === "added") return `border-emerald-500 bg-emerald-50/40 border-2${ring}`;
  if (data.diff === "changed") return `border-amber-500 border-2${ring}`;
  // Unfinished steps are grey ("needs setup") until publishing is tried; then red.
  if (errors > 0) return data.strict ? `border-red-500 border-2${ring}` : `border-slate-400 border-2 border-dashed${ring}`;
  if (problems > 0) return `border-amber-400 border-2${ring}`;
  if (data.run === "visited") return `border-sky-300 border-2${ring}`;
  return `border-slate-200${ring}`;
}

/** Re-renders only when what it draws changes: keeps dragging 1,000 nodes smooth. */
export const StepNode = memo(StepNodeCard, (before, after) =>
  before.data === after.data && before.selected === after.selected && before.dragging === after.dragging);
