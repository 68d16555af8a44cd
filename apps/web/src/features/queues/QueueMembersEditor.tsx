"use client";

import { useState } from "react";
import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "../ui/button/Button";
import { Input } from "../ui/input/Input";
import { inputClass } from "../ui/input/inputClass";
import type { ExtensionChoice, QueueDraft } from "./queueFormTypes";

type Members = QueueDraft["members"];

/** The queue's agents in the order they are tried, each with a priority; reorder with the arrows. */
export function QueueMembersEditor({ members, extensions, onChange }: { members: Members; extensions: ExtensionChoice[]; onChange: (members: Members) => void }) {
  const t = useTranslations("queues");
  const [adding, setAdding] = useState("");
  const byId = new Map(extensions.map((extension) => [extension.id, extension]));
  const label = (id: string) => {
    const extension = byId.get(id);
    return extension ? `${extension.number} ${extension.name}` : id;
  };
  const available = extensions.filter((extension) => !members.some((member) => member.extensionId === extension.id));
  const move = (index: number, by: number) => {
    const next = [...members];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  if (extensions.length === 0) return <p className="text-sm text-slate-600" data-testid="queue-no-extensions">{t("noExtensions")}</p>;
  return (
    <div className="space-y-3">
      {members.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noAgents")}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="queue-members">
          {members.map((member, index) => (
            <li key={member.extensionId} className="flex flex-wrap items-center gap-2 px-3 py-2" data-testid="queue-member">
              <span className="w-6 text-right text-sm text-slate-600">{index + 1}.</span>
              <span className="min-w-0 flex-1 truncate text-sm font-medium" data-testid="queue-member-name">{label(member.extensionId)}</span>
              <label className="flex items-center gap-1 text-xs text-slate-600">
                <span className="sr-only">{t("priority", { agent: label(member.extensionId) })}</span>
                <span aria-hidden="true">P</span>
                <Input
                  type="number" min={0} max={99} className="h-8 w-16" value={member.penalty}
                  onChange={(event) => onChange(members.map((m, i) => (i === index ? { ...m, penalty: Number(event.target.value) } : m)))}
                />
              </label>
              <Button variant="ghost" size="icon" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("moveUp", { agent: label(member.extensionId) })}><ArrowUp aria-hidden="true" /></Button>
              <Button variant="ghost" size="icon" disabled={index === members.length - 1} onClick={() => move(index, 1)} aria-label={t("moveDown", { agent: label(member.extensionId) })}><ArrowDown aria-hidden="true" /></Button>
              <Button variant="ghost" size="icon" onClick={() => onChange(members.filter((_, i) => i !== index))} aria-label={t("removeAgent", { agent: label(member.extensionId) })}><X aria-hidden="true" /></Button>
            </li>
          ))}
        </ol>
      )}
      {available.length > 0 && (
        <div className="flex max-w-md gap-2">
          <label htmlFor="queue-add-agent" className="sr-only">{t("addAgent")}</label>
          <select id="queue-add-agent" className={inputClass} value={adding} onChange={(event) => setAdding(event.target.value)}>
            <option value="">{t("chooseExtension")}</option>
            {available.map((extension) => <option key={extension.id} value={extension.id}>{extension.number} {extension.name}</option>)}
          </select>
          <Button variant="secondary" disabled={!adding} data-testid="queue-add-agent" onClick={() => { onChange([...members, { extensionId: adding, penalty: 0 }]); setAdding(""); }}>
            <Plus aria-hidden="true" />{t("addAgentButton")}
          </Button>
        </div>
      )}
    </div>
  );
}
