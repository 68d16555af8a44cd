import type { InputHTMLAttributes } from "react";

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  /** Already translated messages shown under the field. */
  errors?: string[];
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue" | "autoComplete" | "autoFocus" | "maxLength">;

/** A labelled input with its hint and errors wired up for screen readers. */
export function TextField({ name, label, hint, errors = [], type = "text", ...inputProps }: TextFieldProps) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        aria-required="true"
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-1 ${
          errors.length > 0
            ? "border-red-600 focus-visible:ring-red-600"
            : "border-slate-300 focus-visible:border-teal-700 focus-visible:ring-teal-700"
        }`}
        {...inputProps}
      />
      {hint && <p id={hintId} className="text-xs leading-5 text-slate-500">{hint}</p>}
      {errors.length > 0 && (
        <ul id={errorId} data-testid={`error-${name}`} className="space-y-0.5 text-sm text-red-700">
          {errors.map((error) => (
            <li key={error} className="flex gap-1.5">
              <span aria-hidden="true">•</span>
              <span>{error}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
