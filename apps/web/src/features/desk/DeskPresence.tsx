"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "../ui/button/Button";
import { inputClass } from "../ui/input/inputClass";
import { postJson } from "./postJson";

const reasons = ["break", "lunch", "meeting", "training", "other"] as const;

/** The agent's buttons for available / away (with a reason) / offline. */
export function DeskPresence({ presence, onChanged }: { presence: "offline" | "available" | "away"; onChanged: () => void }) {
  const t = useTranslations("desk");
  const reasonId = useId();
  const [reason, setReason] = useState<(typeof reasons)[number]>("break");
  const [busy, setBusy] = useState(false);

  async function choose(status: "available" | "away" | "offline") {
    setBusy(true);
    try {
      await postJson("/api/desk/presence", status === "away" ? { status, awayReason: t(`presence.reasons.${reason}`) } : { status });
      toast.success(t("presence.changed", { status }));
      onChanged();
    } catch (error) {
      toast.error(t("error", { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-end gap-3">
      <Button onClick={() => void choose("available")} disabled={busy || presence === "available"} data-testid="desk-go-available">{t("presence.goAvailable")}</Button>
      <div className="flex items-end gap-2">
        <div className="grid gap-1">
          <label htmlFor={reasonId} className="text-xs font-medium text-slate-700">{t("presence.reason")}</label>
          <select id={reasonId} className={`${inputClass} h-9`} value={reason} onChange={(e) => setReason(e.target.value as (typeof reasons)[number])} data-testid="desk-away-reason">
            {reasons.map((r) => <option key={r} value={r}>{t(`presence.reasons.${r}`)}</option>)}
          </select>
        </div>
        <Button variant="secondary" onClick={() => void choose("away")} disabled={busy} data-testid="desk-go-away">{t("presence.goAway")}</Button>
      </div>
      <Button variant="ghost" onClick={() => void choose("offline")} disabled={busy || presence === "offline"} data-testid="desk-go-offline">{t("presence.goOffline")}</Button>
    </div>
  );
}
