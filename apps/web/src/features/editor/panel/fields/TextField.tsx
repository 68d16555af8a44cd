"use client";

import { FieldShell, inputClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

/** Free text; an emptied optional field is removed rather than stored as "". */
export function TextField(props: FieldProps & { suggestions?: readonly string[] }) {
  const listId = props.suggestions ? `${props.inputId}-list` : undefined;
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name}>
      <input
        id={props.inputId}
        type="text"
        value={typeof props.value === "string" ? props.value : ""}
        disabled={props.disabled}
        list={listId}
        aria-describedby={`${props.inputId}-help`}
        onChange={(event) => props.onChange(event.target.value === "" && props.optional ? undefined : event.target.value)}
        className={inputClass}
      />
      {props.suggestions && (
        <datalist id={listId}>
          {props.suggestions.map((item) => <option key={item} value={item} />)}
        </datalist>
      )}
    </FieldShell>
  );
}
