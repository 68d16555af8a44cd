"use client";

import { keypadKeys, type Key } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";
import { FieldShell } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

/** A phone keypad: pressing a key adds or removes that choice (and its exit) from the menu. */
export function KeypadField(props: FieldProps) {
  const t = useEditorT();
  const chosen = new Set(Array.isArray(props.value) ? (props.value as Key[]) : []);
  const toggle = (key: Key) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    // Keypad order keeps the node's exits in the order the caller sees them on a phone.
    props.onChange(keypadKeys.filter((candidate) => next.has(candidate)));
  };
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      <div className="grid w-44 grid-cols-3 gap-1.5" data-testid="keypad">
        {keypadKeys.map((key) => (
          <button
            key={key}
            type="button"
            aria-pressed={chosen.has(key)}
            aria-label={t("keypad.key", { key })}
            disabled={props.disabled}
            onClick={() => toggle(key)}
            className={`h-10 rounded-lg border text-base font-semibold transition-colors ${chosen.has(key)
              ? "border-indigo-600 bg-indigo-600 text-white shadow-sm"
              : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {key}
          </button>
        ))}
      </div>
      <p className="text-xs text-slate-500">{chosen.size === 0 ? t("keypad.none") : t("keypad.chosen", { keys: keypadKeys.filter((key) => chosen.has(key)).join(", ") })}</p>
    </FieldShell>
  );
}
