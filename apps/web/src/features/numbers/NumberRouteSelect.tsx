"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Select } from "../ui/select/Select";
import { SelectContent } from "../ui/select/SelectContent";
import { SelectItem } from "../ui/select/SelectItem";
import { SelectTrigger } from "../ui/select/SelectTrigger";
import { SelectValue } from "../ui/select/SelectValue";
import { requestWorkspaceApi } from "../workspace/requestWorkspaceApi";
import type { SerializedNumber } from "./handleNumbers";

const NOWHERE = "__nowhere";

export type PublishedFlow = { id: string; name: string };

/** Which published flow answers a number; choosing one routes the number there at once. */
export function NumberRouteSelect({ number, flows }: { number: SerializedNumber; flows: PublishedFlow[] }) {
  const t = useTranslations("numbers");
  const router = useRouter();
  const [value, setValue] = useState(number.flow?.id ?? NOWHERE);
  const [busy, setBusy] = useState(false);
  // A number may ring into a flow that is no longer published: it stays listed so the choice is honest.
  const options = number.flow && !flows.some((flow) => flow.id === number.flow?.id) ? [number.flow, ...flows] : flows;

  const change = async (next: string) => {
    const before = value;
    setValue(next);
    setBusy(true);
    const flowId = next === NOWHERE ? null : next;
    const answer = await requestWorkspaceApi(`/api/numbers/${encodeURIComponent(number.id)}`, { method: "PATCH", body: { flowId }, offlineMessage: t("offline") });
    setBusy(false);
    if (!answer.ok) {
      setValue(before);
      toast.error(answer.message);
      return;
    }
    const flow = options.find((option) => option.id === flowId);
    toast.success(flow ? t("routed", { number: number.formatted, flow: flow.name }) : t("unrouted", { number: number.formatted }));
    router.refresh();
  };

  if (options.length === 0) return <p className="text-sm text-slate-600">{t("noPublishedFlows")}</p>;
  return (
    <Select value={value} onValueChange={change} disabled={busy}>
      <SelectTrigger aria-label={t("route", { number: number.formatted })} className="w-full min-w-48" data-testid={`route-${number.e164}`}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={NOWHERE}>{t("notRouted")}</SelectItem>
        {options.map((flow) => <SelectItem key={flow.id} value={flow.id}>{flow.name}</SelectItem>)}
      </SelectContent>
    </Select>
  );
}
