"use client";

import { ttsLanguages, type Prompt, type TtsLanguage } from "@centrala/flow";
import { useEditorT } from "../../i18n/useEditorT";
import { useEditorResources } from "../../shell/EditorResources";
import { FieldShell, inputClass, smallButtonClass } from "./FieldShell";
import type { FieldProps } from "./fieldProps";

type Source = "none" | "tts" | "library";

/** Chooses what the caller hears: text read aloud (with a preview) or a recording from the library. */
export function PromptField(props: FieldProps) {
  const t = useEditorT();
  const { prompts } = useEditorResources();
  const prompt = props.value as Prompt | undefined;
  const source: Source = prompt?.type ?? "none";
  const sources: Source[] = props.optional ? ["none", "tts", "library"] : ["tts", "library"];
  const setSource = (next: Source) => {
    if (next === "none") return props.onChange(undefined);
    if (next === "tts") return props.onChange({ type: "tts", text: "", language: t.locale === "pl" ? "pl-PL" : "en-US" });
    props.onChange({ type: "library", promptId: prompts[0]?.id ?? "" });
  };
  return (
    <FieldShell inputId={props.inputId} meta={props.meta} fallbackLabel={props.name} as="legend">
      <div role="radiogroup" aria-label={t("prompt.source")} className="inline-flex rounded-md border border-slate-300 bg-slate-50 p-0.5">
        {sources.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={source === option}
            disabled={props.disabled}
            onClick={() => setSource(option)}
            className={`rounded px-2.5 py-1 text-xs font-medium ${source === option ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}
          >
            {t(`prompt.${option}`)}
          </button>
        ))}
      </div>
      {prompt?.type === "tts" && <TtsEditor prompt={prompt} inputId={props.inputId} disabled={props.disabled} onChange={props.onChange} />}
      {prompt?.type === "library" && (
        prompts.length === 0 ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900">{t("prompt.libraryEmpty")}</p>
        ) : (
          <select
            aria-label={t("prompt.recording")}
            value={prompt.promptId}
            disabled={props.disabled}
            onChange={(event) => props.onChange({ type: "library", promptId: event.target.value })}
            className={inputClass}
          >
            {prompt.promptId === "" && <option value="">{t("prompt.chooseRecording")}</option>}
            {prompts.map((item) => <option key={item.id} value={item.id}>{item.name} · {item.language}</option>)}
          </select>
        )
      )}
    </FieldShell>
  );
}

function TtsEditor({ prompt, inputId, disabled, onChange }: {
  prompt: Extract<Prompt, { type: "tts" }>; inputId: string; disabled: boolean; onChange: (value: unknown) => void;
}) {
  const t = useEditorT();
  const preview = () => {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(prompt.text.replace(/\{\{\s*(\w+)\s*\}\}/g, "$1"));
    utterance.lang = prompt.language;
    window.speechSynthesis.speak(utterance);
  };
  return (
    <div className="space-y-2">
      <textarea
        id={inputId}
        rows={3}
        value={prompt.text}
        disabled={disabled}
        placeholder={t("prompt.placeholder")}
        aria-label={t("prompt.text")}
        onChange={(event) => onChange({ ...prompt, text: event.target.value })}
        className={inputClass}
      />
      <div className="flex items-center gap-2">
        <select
          aria-label={t("prompt.language")}
          value={prompt.language}
          disabled={disabled}
          onChange={(event) => onChange({ ...prompt, language: event.target.value as TtsLanguage })}
          className={`${inputClass} w-auto`}
        >
          {ttsLanguages.map((language) => <option key={language} value={language}>{t(`language.${language}`)}</option>)}
        </select>
        <button type="button" onClick={preview} disabled={prompt.text.trim() === ""} className={smallButtonClass}>
          <span aria-hidden="true">▶</span> {t("prompt.listen")}
        </button>
      </div>
    </div>
  );
}
