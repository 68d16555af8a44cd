"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "../ui/button/Button";
import { inputClass } from "../ui/input/inputClass";
import { postJson } from "./postJson";

type TargetType = "extension" | "queue" | "phone";
type Target = { type: "extension"; number: string } | { type: "queue"; queueId: string } | { type: "phone"; number: string };

/**
 * Transfer (blind or consult, then complete or cancel), add a party, and record on demand. Each
 * button asks the API; the result comes back on the live stream (`onSent` remembers the action).
 */
export function DeskCallActions({ queues, onSent }: { queues: { id: string; name: string }[]; onSent: (id: string, kind: string) => void }) {
  const t = useTranslations("desk");
  const typeId = useId();
  const valueId = useId();
  const [type, setType] = useState<TargetType>("extension");
  const [value, setValue] = useState("");
  const [consulting, setConsulting] = useState(false);
  const [busy, setBusy] = useState(false);

  const target = (): Target => (type === "queue" ? { type, queueId: value || queues[0]?.id || "" } : { type, number: value.replace(/[\s-]/g, "") });

  async function send(action: Record<string, unknown>) {
    setBusy(true);
    try {
      const { action: sent } = await postJson<{ action: { id: string; kind: string } }>("/api/desk/actions", { action });
      onSent(sent.id, sent.kind);
      if (action.kind === "transfer" && action.mode === "consult") setConsulting(true);
      if (action.kind === "completeTransfer" || action.kind === "cancelTransfer") setConsulting(false);
    } catch (error) {
      toast.error(t("error", { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${typeId}-heading`} className="space-y-3">
      <h3 id={`${typeId}-heading`} className="text-sm font-semibold text-slate-900">{t("actions.heading")}</h3>
      {consulting ? (
        <div className="space-y-3" data-testid="desk-consulting">
          <p className="text-sm text-slate-700">{t("actions.consulting")}</p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void send({ kind: "completeTransfer" })} disabled={busy} data-testid="desk-complete-transfer">{t("actions.complete")}</Button>
            <Button variant="secondary" onClick={() => void send({ kind: "cancelTransfer" })} disabled={busy} data-testid="desk-cancel-transfer">{t("actions.cancel")}</Button>
          </div>
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-end gap-3">
            <div className="grid gap-1">
              <label htmlFor={typeId} className="text-xs font-medium text-slate-700">{t("actions.targetType")}</label>
              <select id={typeId} className={`${inputClass} h-9`} value={type} onChange={(e) => { setType(e.target.value as TargetType); setValue(""); }} data-testid="desk-target-type">
                {(["extension", "queue", "phone"] as const).map((k) => <option key={k} value={k}>{t(`actions.targetTypes.${k}`)}</option>)}
              </select>
            </div>
            <div className="grid gap-1">
              <label htmlFor={valueId} className="text-xs font-medium text-slate-700">
                {type === "extension" ? t("actions.targetNumber") : type === "phone" ? t("actions.targetPhone") : t("actions.targetQueue")}
              </label>
              {type === "queue" ? (
                <select id={valueId} className={`${inputClass} h-9`} value={value || queues[0]?.id || ""} onChange={(e) => setValue(e.target.value)} data-testid="desk-target-queue">
                  {queues.map((q) => <option key={q.id} value={q.id}>{q.name}</option>)}
                </select>
              ) : (
                <input id={valueId} className={`${inputClass} h-9`} value={value} onChange={(e) => setValue(e.target.value)} inputMode={type === "extension" ? "numeric" : "tel"} data-testid="desk-target-value" />
              )}
            </div>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void send({ kind: "transfer", mode: "blind", target: target() })} disabled={busy} data-testid="desk-transfer-blind">{t("actions.blind")}</Button>
            <Button variant="secondary" onClick={() => void send({ kind: "transfer", mode: "consult", target: target() })} disabled={busy} data-testid="desk-transfer-consult">{t("actions.consult")}</Button>
            <Button variant="secondary" onClick={() => void send({ kind: "addParty", target: target() })} disabled={busy} data-testid="desk-add-party">{t("actions.addParty")}</Button>
          </div>
        </>
      )}
      <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-3">
        <Button variant="ghost" size="sm" onClick={() => void send({ kind: "record", action: "start" })} disabled={busy} data-testid="desk-record-start">{t("actions.recordStart")}</Button>
        <Button variant="ghost" size="sm" onClick={() => void send({ kind: "record", action: "stop" })} disabled={busy} data-testid="desk-record-stop">{t("actions.recordStop")}</Button>
      </div>
    </section>
  );
}
