"use client";

import { useEditorT } from "../../i18n/useEditorT";
import { useEditorResources } from "../../shell/EditorResources";
import { FieldShell, inputClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

/** Chooses another of the tenant's flows by name. */
export function FlowPickerField(props: FieldProps) {
  const t = useEditorT();
  const { flows } = useEditorResources();
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name}>
      <select id={props.inputId} value={typeof props.value === "string" ? props.value : ""} disabled={props.disabled} className={inputClass}
        aria-describedby={`${props.inputId}-help`} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{t("transfer.chooseFlow")}</option>
        {flows.map((flow) => <option key={flow.id} value={flow.id}>{flow.name}</option>)}
      </select>
    </FieldShell>
  );
}
