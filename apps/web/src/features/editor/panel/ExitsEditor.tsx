"use client";

import { nodeDefinitions, type FlowDocument, type FlowNode } from "@centrala/flow";
import { readNodePorts } from "../document/readNodePorts";
import { useEditorT } from "../i18n/useEditorT";
import { inputClass } from "./fields/FieldShell";

/**
 * Where each exit leads, chosen from a list: the keyboard (and screen reader) way to connect
 * steps, and a plain overview of a node's branches.
 */
export function ExitsEditor({ node, doc, disabled, onConnect, onDisconnect }: {
  node: FlowNode; doc: FlowDocument; disabled: boolean;
  onConnect: (port: string, target: string) => void; onDisconnect: (edgeId: string) => void;
}) {
  const t = useEditorT();
  const ports = readNodePorts(node);
  if (ports.length === 0) return <p className="text-xs text-slate-500">{t("exits.none")}</p>;
  const targets = doc.nodes.filter((candidate) => candidate.kind !== "start");
  const nameOf = (candidate: FlowNode) => candidate.label || t.pick(nodeDefinitions[candidate.kind].labels);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t("exits.title")}</legend>
      <p className="-mt-1 text-xs leading-4 text-slate-500">{t("exits.help")}</p>
      {ports.map((port) => {
        const edge = doc.edges.find((candidate) => candidate.source === node.id && candidate.sourcePort === port.id);
        const id = `exit-${node.id}-${port.id}`;
        return (
          <div key={port.id} className="grid grid-cols-[7rem_1fr] items-center gap-2">
            <label htmlFor={id} className="truncate text-xs font-medium text-slate-700">
              {t.pick(port.label)}{port.required && <span className="text-red-700" aria-hidden="true"> *</span>}
            </label>
            <select
              id={id}
              value={edge?.target ?? ""}
              disabled={disabled}
              data-testid={`exit-${port.id}`}
              onChange={(event) => (event.target.value === "" ? edge && onDisconnect(edge.id) : onConnect(port.id, event.target.value))}
              className={`${inputClass} py-1 text-xs`}
            >
              <option value="">{port.required ? t("exits.notConnectedRequired") : t("exits.notConnected")}</option>
              {targets.map((candidate) => <option key={candidate.id} value={candidate.id}>{nameOf(candidate)}</option>)}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
