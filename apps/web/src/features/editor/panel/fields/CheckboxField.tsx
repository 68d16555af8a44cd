"use client";

import { useEditorT } from "../../i18n/useEditorT";
import type { FieldProps } from "./fieldProps";

/** A yes/no setting. */
export function CheckboxField(props: FieldProps) {
  const t = useEditorT();
  return (
    <div className="flex items-start gap-2.5">
      <input
        id={props.inputId}
        type="checkbox"
        checked={props.value === true}
        disabled={props.disabled}
        aria-describedby={`${props.inputId}-help`}
        onChange={(event) => props.onChange(event.target.checked)}
        className="mt-0.5 size-4 rounded border-slate-300 accent-teal-700"
      />
      <div>
        <label htmlFor={props.inputId} className="text-sm font-medium text-slate-800">{props.meta ? t.pick(props.meta.label) : props.name}</label>
        {props.meta && <p id={`${props.inputId}-help`} className="text-xs leading-4 text-slate-500">{t.pick(props.meta.help)}</p>}
      </div>
    </div>
  );
}
