"use client";

import { useState } from "react";
import { useEditorT } from "../../i18n/useEditorT";
import { useEditorResources } from "../../shell/EditorResources";
import { FieldShell, inputClass, smallButtonClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

/** Picks the extensions that ring, from the tenant's list (or typed by number). */
export function ExtensionsField(props: FieldProps) {
  const t = useEditorT();
  const { extensions } = useEditorResources();
  const [typed, setTyped] = useState("");
  const chosen = Array.isArray(props.value) ? (props.value as string[]) : [];
  const toggle = (number: string) => props.onChange(chosen.includes(number) ? chosen.filter((item) => item !== number) : [...chosen, number]);
  const unknown = chosen.filter((number) => !extensions.some((extension) => extension.number === number));
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      {extensions.length === 0 && <p className="text-xs text-slate-500">{t("extensions.none")}</p>}
      <ul className="max-h-48 space-y-1 overflow-y-auto">
        {[...extensions.map((extension) => ({ number: extension.number, name: extension.name })), ...unknown.map((number) => ({ number, name: t("extensions.unknown") }))].map((extension) => (
          <li key={extension.number}>
            <label className="flex items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" className="size-4 accent-teal-700" checked={chosen.includes(extension.number)} disabled={props.disabled} onChange={() => toggle(extension.number)} />
              <span className="font-mono text-xs">{extension.number}</span>
              <span className="text-slate-600">{extension.name}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <input value={typed} onChange={(event) => setTyped(event.target.value.trim())} aria-label={t("extensions.addByNumber")} placeholder="101" className={`${inputClass} w-24`} disabled={props.disabled} />
        <button type="button" className={smallButtonClass} disabled={props.disabled || typed === "" || chosen.includes(typed)} onClick={() => { props.onChange([...chosen, typed]); setTyped(""); }}>
          {t("extensions.add")}
        </button>
      </div>
    </FieldShell>
  );
}
