"use client";

import { useState } from "react";
import { Music, Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button/Button";
import { inputClass } from "../ui/input/inputClass";
import type { NamedChoice } from "./queueFormTypes";

/** Music on hold: prompts from the library, played in order; none means the project's own melody. */
export function HoldMusicPicker({ value, prompts, onChange }: { value: string[]; prompts: NamedChoice[]; onChange: (ids: string[]) => void }) {
  const t = useTranslations("queues");
  const [adding, setAdding] = useState("");
  const name = (id: string) => prompts.find((prompt) => prompt.id === id)?.name ?? id;
  const available = prompts.filter((prompt) => !value.includes(prompt.id));
  return (
    <fieldset className="space-y-2" aria-describedby="queue-hold-hint">
      <legend className="text-sm font-medium text-slate-800">{t("holdMusic")}</legend>
      <p id="queue-hold-hint" className="text-xs text-slate-600">{t("holdMusicHint")}</p>
      {value.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-slate-700" data-testid="hold-music-default"><Music aria-hidden="true" className="size-4" />{t("holdMusicDefault")}</p>
      ) : (
        <ol className="space-y-1" data-testid="hold-music">
          {value.map((id) => (
            <li key={id} className="flex items-center gap-2 text-sm">
              <Music aria-hidden="true" className="size-4 text-slate-500" />
              <span className="flex-1">{name(id)}</span>
              <Button variant="ghost" size="icon" onClick={() => onChange(value.filter((other) => other !== id))} aria-label={t("removeHold", { name: name(id) })}><X aria-hidden="true" /></Button>
            </li>
          ))}
        </ol>
      )}
      {prompts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noPrompts")}</p>
      ) : available.length > 0 && (
        <div className="flex max-w-md gap-2">
          <label htmlFor="queue-add-hold" className="sr-only">{t("addHoldPrompt")}</label>
          <select id="queue-add-hold" className={inputClass} value={adding} onChange={(event) => setAdding(event.target.value)}>
            <option value="">{t("addHoldPrompt")}</option>
            {available.map((prompt) => <option key={prompt.id} value={prompt.id}>{prompt.name}</option>)}
          </select>
          <Button variant="secondary" disabled={!adding} data-testid="queue-add-hold" onClick={() => { onChange([...value, adding]); setAdding(""); }}>
            <Plus aria-hidden="true" />{t("addHoldButton")}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
