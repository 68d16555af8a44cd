"use client";

import { useEffect, useState } from "react";
import type { z } from "zod";
import { useEditorT } from "../../i18n/useEditorT";
import { FieldShell, inputClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

/** A whole-number input with the schema's minimum and maximum. */
export function NumberField(props: FieldProps) {
  const t = useEditorT();
  const bounds = props.inner as unknown as z.ZodNumber;
  const min = Number.isFinite(bounds.minValue) ? bounds.minValue ?? undefined : undefined;
  const max = Number.isFinite(bounds.maxValue) ? bounds.maxValue ?? undefined : undefined;
  // Local text lets the person clear the box while typing; the document only gets numbers.
  const [text, setText] = useState(props.value === undefined ? "" : String(props.value));
  // Undo and redo change the value from outside; the box follows unless it already shows it.
  useEffect(() => {
    setText((current) => (current !== "" && Number(current) === props.value ? current : props.value === undefined ? "" : String(props.value)));
  }, [props.value]);
  const outside = text !== "" && ((min !== undefined && Number(text) < min) || (max !== undefined && Number(text) > max));
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name}>
      <div className="flex items-center gap-2">
        <input
          id={props.inputId}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          disabled={props.disabled}
          aria-describedby={`${props.inputId}-help ${props.inputId}-range`}
          aria-invalid={outside}
          onChange={(event) => {
            setText(event.target.value);
            const next = event.target.valueAsNumber;
            if (Number.isFinite(next)) props.onChange(Math.round(next));
            else if (event.target.value === "" && props.optional) props.onChange(undefined);
          }}
          className={`${inputClass} w-28 ${outside ? "border-red-500" : ""}`}
        />
        {min !== undefined && max !== undefined && (
          <span id={`${props.inputId}-range`} className={`text-xs ${outside ? "text-red-700" : "text-slate-500"}`}>
            {t("field.range", { min, max })}
          </span>
        )}
      </div>
    </FieldShell>
  );
}
