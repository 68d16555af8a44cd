"use client";

import { isSensitiveCollect, nodeDefinitions, type FlowDocument, type FlowNode, type Problem } from "@centrala/flow";
import type { z } from "zod";
import { kindAccents } from "../canvas/nodes/kindAccents";
import { NodeIcon } from "../canvas/nodes/NodeIcon";
import { useEditorT } from "../i18n/useEditorT";
import { ExitsEditor } from "./ExitsEditor";
import { FieldEditor } from "./FieldEditor";
import { inputClass } from "./fields/FieldShell";

type Props = {
  node: FlowNode;
  doc: FlowDocument;
  problems: readonly Problem[];
  readOnly: boolean;
  onChangeData: (data: FlowNode["data"], field: string) => void;
  onRename: (label: string) => void;
  onConnect: (port: string, target: string) => void;
  onDisconnect: (edgeId: string) => void;
};

/** The selected step's settings, built from its kind's schema and field metadata. */
export function PropertyPanel({ node, doc, problems, readOnly, onChangeData, onRename, onConnect, onDisconnect }: Props) {
  const t = useEditorT();
  const definition = nodeDefinitions[node.kind];
  const shape = (definition.schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  const setField = (field: string, value: unknown) => {
    const { [field]: _previous, ...rest } = node.data;
    onChangeData(value === undefined ? rest : { ...rest, [field]: value as FlowNode["data"][string] }, field);
  };
  return (
    <section aria-labelledby="panel-title" className="flex h-full flex-col" data-testid="property-panel">
      <header className="flex items-start gap-3 border-b border-slate-200 px-4 py-3">
        <span className={`grid size-8 shrink-0 place-items-center rounded-lg ${kindAccents[node.kind]}`}><NodeIcon name={definition.icon} /></span>
        <div className="min-w-0">
          <h2 id="panel-title" className="text-sm font-semibold text-slate-900">{t.pick(definition.labels)}</h2>
          <p className="text-xs leading-4 text-slate-500">{t.pick(definition.description)}</p>
        </div>
      </header>
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-4 py-4">
        <div className="space-y-1.5">
          <label htmlFor={`label-${node.id}`} className="block text-sm font-medium text-slate-800">{t("panel.label")}</label>
          <input
            id={`label-${node.id}`}
            value={node.label ?? ""}
            maxLength={200}
            disabled={readOnly}
            placeholder={t.pick(definition.labels)}
            onChange={(event) => onRename(event.target.value)}
            className={inputClass}
          />
          <p className="text-xs leading-4 text-slate-500">{t("panel.labelHelp")}</p>
        </div>
        {problems.length > 0 && (
          <ul className="space-y-1.5 rounded-lg border border-red-200 bg-red-50/60 p-3" aria-label={t("problems.title")}>
            {problems.map((problem, index) => (
              <li key={`${problem.code}-${index}`} className={`text-xs leading-5 ${problem.severity === "error" ? "text-red-800" : "text-amber-800"}`}>
                {t.pick(problem.message)}
              </li>
            ))}
          </ul>
        )}
        {Object.entries(shape).map(([field, schema]) => (
          <FieldEditor key={field} name={field} schema={schema} value={readShownValue(node, field)} nodeId={node.id} disabled={readOnly} onChange={(value) => setField(field, value)} />
        ))}
        <ExitsEditor node={node} doc={doc} disabled={readOnly} onConnect={onConnect} onDisconnect={onDisconnect} />
      </div>
    </section>
  );
}

/** A field's value as the panel shows it: a collect step saved before it had a sensitive switch shows the switch as the flow treats it. */
function readShownValue(node: FlowNode, field: string): unknown {
  const value = node.data[field];
  if (node.kind === "collect" && field === "sensitive" && typeof value !== "boolean") return isSensitiveCollect(node.data as Parameters<typeof isSensitiveCollect>[0], node.label);
  return value;
}
