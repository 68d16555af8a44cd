"use client";

import type { z } from "zod";
import { useEditorT } from "../../i18n/useEditorT";
import { labelOption } from "./labelOption";
import { FieldShell, inputClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

/** A choice from the schema's fixed list (an enum), with "None" when the field is optional. */
export function SelectField(props: FieldProps) {
  const t = useEditorT();
  const options = (props.inner as unknown as z.ZodEnum).options as readonly string[];
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name}>
      <select
        id={props.inputId}
        value={typeof props.value === "string" ? props.value : ""}
        disabled={props.disabled}
        aria-describedby={`${props.inputId}-help`}
        onChange={(event) => props.onChange(event.target.value === "" ? undefined : event.target.value)}
        className={inputClass}
      >
        {props.optional && <option value="">{t("field.none")}</option>}
        {options.map((option) => (
          <option key={option} value={option}>{labelOption(t, option)}</option>
        ))}
      </select>
    </FieldShell>
  );
}
