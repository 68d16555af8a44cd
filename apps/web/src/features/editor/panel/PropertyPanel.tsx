"use client";

import { useEffect, useMemo, useRef } from "react";
import { isSensitiveCollect, nodeDefinitions, openingHoursSchema, type FlowDocument, type FlowNode, type FlowSchedule, type Problem } from "@centrala/flow";
import type { z } from "zod";
import { kindAccents } from "../canvas/nodes/kindAccents";
import { NodeIcon } from "../canvas/nodes/NodeIcon";
import { useEditorT } from "../i18n/useEditorT";
import { ExitsEditor } from "./ExitsEditor";
import { FieldEditor } from "./FieldEditor";
import { inputClass } from "./fields/FieldShell";
import { HoursPreview } from "./HoursPreview";
import { ScheduleToolsProvider, type ScheduleTools } from "./ScheduleContext";

type Props = {
  node: FlowNode;
  doc: FlowDocument;
  problems: readonly Problem[];
  readOnly: boolean;
  /** Publishing was tried: errors read as errors (red), not "needs setup". */
  strict: boolean;
  /** The step was just added from the keyboard: its name field takes the focus. */
  focusOnOpen: boolean;
  onChangeData: (data: FlowNode["data"], field: string) => void;
  onRename: (label: string) => void;
  onConnect: (port: string, target: string) => void;
  onDisconnect: (edgeId: string) => void;
  onShareSchedule: (schedule: FlowSchedule) => void;
  onUpdateSchedule: (scheduleId: string, change: { name?: string; hours?: FlowSchedule["hours"] }) => void;
};

// Fields of a business-hours step that live in its shared schedule when it uses one.
const scheduleFields = new Set(Object.keys(openingHoursSchema.shape));

/** The selected step's settings, built from its kind's schema and field metadata. */
export function PropertyPanel({ node, doc, problems, readOnly, strict, focusOnOpen, onChangeData, onRename, onConnect, onDisconnect, onShareSchedule, onUpdateSchedule }: Props) {
  const t = useEditorT();
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnOpen) nameInput.current?.focus();
  }, [focusOnOpen]);
  const definition = nodeDefinitions[node.kind];
  const shape = (definition.schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  const schedule = readSchedule(node, doc);
  const setField = (field: string, value: unknown) => {
    if (schedule && scheduleFields.has(field)) {
      const { [field]: _previous, ...rest } = schedule.hours;
      onUpdateSchedule(schedule.id, { hours: value === undefined ? rest : { ...rest, [field]: value as FlowSchedule["hours"][string] } });
      return;
    }
    const { [field]: _previous, ...rest } = node.data;
    onChangeData(value === undefined ? rest : { ...rest, [field]: value as FlowNode["data"][string] }, field);
  };
  const readValue = (field: string) => (schedule && scheduleFields.has(field) ? schedule.hours[field] : readShownValue(node, field));
  const tools = useMemo<ScheduleTools>(() => ({
    schedules: doc.schedules ?? [],
    usage: countScheduleUsage(doc),
    share: (name) => {
      const taken = new Set((doc.schedules ?? []).map((candidate) => candidate.id));
      let id = "";
      for (let n = 1; id === "" || taken.has(id); n++) id = `schedule-${n}`;
      const { scheduleId: _scheduleId, ...own } = node.data;
      onShareSchedule({ id, name: node.label?.trim() || name, hours: own });
    },
    rename: (scheduleId, name) => onUpdateSchedule(scheduleId, { name }),
  }), [doc, node, onShareSchedule, onUpdateSchedule]);
  return (
    <section aria-labelledby="panel-title" id="editor-settings" tabIndex={-1} className="flex h-full flex-col outline-none" data-testid="property-panel">
      <header className="flex items-start gap-3 border-b border-slate-200 px-4 py-3">
        <span className={`grid size-8 shrink-0 place-items-center rounded-lg ${kindAccents[node.kind]}`}><NodeIcon name={definition.icon} /></span>
        <div className="min-w-0">
          <h2 id="panel-title" className="text-sm font-semibold text-slate-900">{t.pick(definition.labels)}</h2>
          <p className="text-xs leading-4 text-slate-600">{t.pick(definition.description)}</p>
        </div>
      </header>
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-4 py-4">
        <div className="space-y-1.5">
          <label htmlFor={`label-${node.id}`} className="block text-sm font-medium text-slate-800">{t("panel.label")}</label>
          <input
            ref={nameInput}
            id={`label-${node.id}`}
            value={node.label ?? ""}
            maxLength={200}
            disabled={readOnly}
            placeholder={t.pick(definition.labels)}
            onChange={(event) => onRename(event.target.value)}
            className={inputClass}
          />
          <p className="text-xs leading-4 text-slate-600">{t("panel.labelHelp")}</p>
        </div>
        {problems.length > 0 && (
          <ul className={`space-y-1.5 rounded-lg border p-3 ${strict ? "border-red-200 bg-red-50/60" : "border-slate-200 bg-slate-50"}`} aria-label={t("problems.title")} data-testid="panel-problems">
            {problems.map((problem, index) => (
              <li key={`${problem.code}-${index}`} className={`text-xs leading-5 ${problem.severity === "error" ? (strict ? "text-red-800" : "text-slate-700") : "text-amber-900"}`}>
                {t.pick(problem.message)}
              </li>
            ))}
          </ul>
        )}
        <ScheduleToolsProvider value={tools}>
          {Object.entries(shape).map(([field, schema]) => (
            <FieldEditor key={field} name={field} schema={schema} value={readValue(field)} nodeId={node.id} disabled={readOnly} onChange={(value) => setField(field, value)} />
          ))}
        </ScheduleToolsProvider>
        {node.kind === "hours" && <HoursPreview hours={schedule ? schedule.hours : node.data} />}
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

/** The shared schedule a business-hours step uses, if any and if it still exists. */
function readSchedule(node: FlowNode, doc: FlowDocument): FlowSchedule | undefined {
  const id = node.kind === "hours" ? node.data.scheduleId : undefined;
  return typeof id === "string" && id !== "" ? doc.schedules?.find((schedule) => schedule.id === id) : undefined;
}

function countScheduleUsage(doc: FlowDocument): Map<string, number> {
  const usage = new Map<string, number>();
  for (const node of doc.nodes) {
    const id = node.kind === "hours" ? node.data.scheduleId : undefined;
    if (typeof id === "string" && id !== "") usage.set(id, (usage.get(id) ?? 0) + 1);
  }
  return usage;
}
