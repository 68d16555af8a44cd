"use client";

import { useEditorT } from "../../i18n/useEditorT";
import { useEditorResources } from "../../shell/EditorResources";
import { FieldShell, inputClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

/**
 * Chooses one of the tenant's queues by name and stores its id, so renaming the queue later never
 * breaks the flow. A queue an older flow named but nobody linked yet stays shown until replaced.
 */
export function QueuePicker(props: {
  id?: string; label?: string; queueId: string; queueName?: string | undefined; queues: readonly { id: string; name: string }[];
  disabled: boolean; onChange: (queueId: string) => void;
}) {
  const t = useEditorT();
  const known = props.queues.some((queue) => queue.id === props.queueId);
  return (
    <select id={props.id} aria-label={props.label} value={props.queueId} disabled={props.disabled} className={inputClass}
      onChange={(event) => props.onChange(event.target.value)}>
      <option value="">{props.queueName ? t("queue.unlinked", { name: props.queueName }) : t("queue.choose")}</option>
      {props.queues.map((queue) => <option key={queue.id} value={queue.id}>{queue.name}</option>)}
      {props.queueId && !known && <option value={props.queueId}>{t("queue.deleted")}</option>}
    </select>
  );
}

/** The queue step's queue; choosing one also drops the unlinked name an older flow carried. */
export function QueueField(props: FieldProps) {
  const { queues } = useEditorResources();
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name}>
      <QueuePicker id={props.inputId} queueId={typeof props.value === "string" ? props.value : ""}
        queues={queues} disabled={props.disabled} onChange={(queueId) => props.onChange(queueId)} />
    </FieldShell>
  );
}
