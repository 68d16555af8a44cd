"use client";

import { useEditorT } from "../../i18n/useEditorT";
import { useEditorResources } from "../../shell/EditorResources";
import { labelOption } from "./labelOption";
import { QueuePicker } from "./QueueField";
import { FieldShell, inputClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

type Target = { type: "extension"; extension: string } | { type: "external"; number: string } | { type: "queue"; queueId: string; queueName?: string } | { type: "flow"; flowId: string } | { type: "dialledExtension" };

const blankTargets: Record<Target["type"], Target> = {
  extension: { type: "extension", extension: "" },
  external: { type: "external", number: "" },
  queue: { type: "queue", queueId: "" },
  flow: { type: "flow", flowId: "" },
  dialledExtension: { type: "dialledExtension" },
};

/** Where a transfer goes: an extension, an outside number, a queue, another flow or the extension dialled in a menu. */
export function TransferTargetField(props: FieldProps) {
  const t = useEditorT();
  const { extensions, queues, flows } = useEditorResources();
  const target = (props.value ?? blankTargets.extension) as Target;
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      <select aria-label={t("transfer.type")} value={target.type} disabled={props.disabled} className={inputClass}
        onChange={(event) => props.onChange(blankTargets[event.target.value as Target["type"]])}>
        {(Object.keys(blankTargets) as Target["type"][]).map((type) => <option key={type} value={type}>{labelOption(t, `target.${type}`)}</option>)}
      </select>
      {target.type === "extension" && (
        <select aria-label={t("transfer.extension")} value={target.extension} disabled={props.disabled} className={inputClass}
          onChange={(event) => props.onChange({ type: "extension", extension: event.target.value })}>
          <option value="">{t("transfer.chooseExtension")}</option>
          {extensions.map((extension) => <option key={extension.number} value={extension.number}>{extension.number} · {extension.name}</option>)}
          {target.extension && !extensions.some((extension) => extension.number === target.extension) && <option value={target.extension}>{target.extension}</option>}
        </select>
      )}
      {target.type === "external" && (
        <input aria-label={t("transfer.number")} placeholder="+48221234567" value={target.number} disabled={props.disabled} className={inputClass}
          onChange={(event) => props.onChange({ type: "external", number: event.target.value.trim() })} />
      )}
      {target.type === "queue" && (
        <QueuePicker label={t("transfer.queue")} queueId={target.queueId} queueName={target.queueName} queues={queues} disabled={props.disabled}
          onChange={(queueId) => props.onChange({ type: "queue", queueId })} />
      )}
      {target.type === "flow" && (
        <select aria-label={t("transfer.flow")} value={target.flowId} disabled={props.disabled} className={inputClass}
          onChange={(event) => props.onChange({ type: "flow", flowId: event.target.value })}>
          <option value="">{t("transfer.chooseFlow")}</option>
          {flows.map((flow) => <option key={flow.id} value={flow.id}>{flow.name}</option>)}
        </select>
      )}
    </FieldShell>
  );
}
