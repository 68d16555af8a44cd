import type { InputHTMLAttributes } from "react";
import { Input } from "../input/Input";
import { Label } from "../label/Label";
import { FieldErrors } from "./FieldErrors";

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  /** Already translated messages shown under the field. */
  errors?: string[];
  required?: boolean;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue" | "autoComplete" | "autoFocus" | "maxLength" | "placeholder">;

/** A labelled input with its hint and errors wired up for screen readers. */
export function TextField({ name, label, hint, errors = [], type = "text", required = true, ...inputProps }: TextFieldProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        type={type}
        aria-required={required}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy}
        {...inputProps}
      />
      {hint && <p id={hintId} className="text-xs leading-5 text-slate-600">{hint}</p>}
      <FieldErrors id={errorId} name={name} errors={errors} />
    </div>
  );
}
