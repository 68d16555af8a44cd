"use client";

import { useEditorT } from "../../i18n/useEditorT";
import { FieldShell, inputClass, smallButtonClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

/** Name/value pairs sent with an HTTP request. */
export function HeadersField(props: FieldProps) {
  const t = useEditorT();
  const entries = Object.entries((props.value ?? {}) as Record<string, string>);
  const write = (next: [string, string][]) => props.onChange(Object.fromEntries(next));
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      <ul className="space-y-1.5">
        {entries.map(([name, value], index) => (
          <li key={index} className="flex items-center gap-1.5">
            <input aria-label={t("column.header")} placeholder={t("column.header")} value={name} disabled={props.disabled} className={`${inputClass} py-1 text-xs`}
              onChange={(event) => write(entries.map((entry, i) => (i === index ? [event.target.value, entry[1]] : entry)))} />
            <input aria-label={t("column.value")} placeholder={t("column.value")} value={value} disabled={props.disabled} className={`${inputClass} py-1 text-xs`}
              onChange={(event) => write(entries.map((entry, i) => (i === index ? [entry[0], event.target.value] : entry)))} />
            <button type="button" className="rounded px-1 text-slate-400 hover:text-red-700" disabled={props.disabled} aria-label={t("rows.remove", { number: index + 1 })}
              onClick={() => write(entries.filter((_, i) => i !== index))}>✕</button>
          </li>
        ))}
      </ul>
      <button type="button" className={smallButtonClass} disabled={props.disabled} onClick={() => write([...entries, [`X-Header-${entries.length + 1}`, ""]])}>{t("rows.add")}</button>
    </FieldShell>
  );
}
