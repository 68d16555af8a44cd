"use client";

import type { z } from "zod";
import { useEditorT } from "../../i18n/useEditorT";
import type { EditorMessageKey } from "../../i18n/createEditorTranslator";
import { FieldShell, inputClass, smallButtonClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

type Row = Record<string, string>;

/** A list of small records with text columns (values to set, values to read from an answer). */
export function RowsField(props: FieldProps) {
  const t = useEditorT();
  const element = (props.inner as unknown as z.ZodArray<z.ZodObject>).element;
  const columns = Object.keys(element.shape);
  const rows = Array.isArray(props.value) ? (props.value as Row[]) : [];
  const columnLabel = (column: string) => {
    const key = `column.${column}`;
    return t.has(key) ? t(key as EditorMessageKey) : column;
  };
  const update = (index: number, column: string, text: string) => props.onChange(rows.map((row, i) => (i === index ? { ...row, [column]: text } : row)));
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      <ul className="space-y-1.5">
        {rows.map((row, index) => (
          <li key={index} className="flex items-center gap-1.5">
            {columns.map((column) => (
              <input key={column} aria-label={`${columnLabel(column)} ${index + 1}`} placeholder={columnLabel(column)} value={row[column] ?? ""} disabled={props.disabled}
                className={`${inputClass} py-1 text-xs`} onChange={(event) => update(index, column, event.target.value)} />
            ))}
            <button type="button" className="rounded px-1 text-slate-400 hover:text-red-700" disabled={props.disabled} aria-label={t("rows.remove", { number: index + 1 })}
              onClick={() => props.onChange(rows.filter((_, i) => i !== index))}>✕</button>
          </li>
        ))}
      </ul>
      <button type="button" className={smallButtonClass} disabled={props.disabled}
        onClick={() => props.onChange([...rows, Object.fromEntries(columns.map((column) => [column, ""]))])}>{t("rows.add")}</button>
    </FieldShell>
  );
}
