"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { LiveBadge } from "../live/LiveBadge";
import { formatDuration } from "../live/formatDuration";
import { useLiveRefresh, type LiveAction } from "../live/useLiveRefresh";
import { useNow } from "../live/useNow";
import { Badge } from "../ui/badge/Badge";
import { Button } from "../ui/button/Button";
import { Card } from "../ui/card/Card";
import { CardContent } from "../ui/card/CardContent";
import { CardHeader } from "../ui/card/CardHeader";
import { CardTitle } from "../ui/card/CardTitle";
import { DeskCallActions } from "./DeskCallActions";
import { DeskPresence } from "./DeskPresence";
import type { DeskView } from "./deskTypes";
import { postJson } from "./postJson";

const tones = { available: "success", ringing: "info", onCall: "info", wrapUp: "warning", away: "warning", offline: "neutral" } as const;

/** The agent's desk, live: state and presence, wrap-up countdown, the call, the actions, today's figures. */
export function DeskPanel({ initial }: { initial: DeskView }) {
  const t = useTranslations("desk");
  const sent = useRef(new Map<string, string>());
  // An action can finish before its request's answer arrives: keep outcomes not yet claimed.
  const finished = useRef(new Map<string, string>());
  const report = (id: string, kind: string, status: string) => {
    if (status === "done") return void toast.success(t("actions.sent", { kind }));
    void fetch(`/api/call-actions/${id}`).then(async (r) => {
      const body = (await r.json().catch(() => null)) as { action?: { result?: { message?: string } } } | null;
      toast.error(t("actions.failed", { message: body?.action?.result?.message ?? kind }));
    });
  };
  const onAction = (action: LiveAction) => {
    if (action.status !== "done" && action.status !== "failed") return;
    const kind = sent.current.get(action.id);
    if (!kind) {
      if (finished.current.size > 100) finished.current.clear();
      return void finished.current.set(action.id, action.status);
    }
    sent.current.delete(action.id);
    report(action.id, kind, action.status);
  };
  const onSent = (id: string, kind: string) => {
    const status = finished.current.get(id);
    if (!status) return void sent.current.set(id, kind);
    finished.current.delete(id);
    report(id, kind, status);
  };
  const { data, live, refresh, receivedAt } = useLiveRefresh<DeskView>("/api/desk", "/api/desk/events", initial, onAction);
  const now = useNow();
  const elapsed = now - receivedAt;
  const agent = data.agent;
  const presence = agent?.presence ?? "offline";
  // The dispatcher's state; until it has heard of the agent, what they chose.
  const status = agent && agent.status !== "offline" ? agent.status : presence;
  const since = agent?.since ? data.at - agent.since + elapsed : null;
  const wrapUpLeft = status === "wrapUp" && agent?.wrapUpUntil ? Math.max(0, Math.ceil((agent.wrapUpUntil - data.at - elapsed) / 1000)) : null;
  const call = (status === "ringing" || status === "onCall") ? data.call : null;

  return (
    <div className="space-y-6" data-testid="desk">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid="desk-extension">{t("extension", { number: data.extension?.number ?? "", name: data.extension?.name ?? "" })}</p>
        <LiveBadge live={live} labels={{ connected: t("live.connected"), reconnecting: t("live.reconnecting") }} />
      </div>

      <Card>
        <CardHeader><CardTitle>{t("state.heading")}</CardTitle></CardHeader>
        <CardContent className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <Badge tone={tones[status]} dot data-testid="desk-state" data-state={status} className="text-sm">
              {status === "away" && agent?.awayReason ? t("state.awayWithReason", { reason: agent.awayReason }) : t(`state.${status}`)}
            </Badge>
            {since !== null && status !== "offline" && <span className="text-sm text-slate-600 tabular-nums">{t("state.since", { duration: formatDuration(since) })}</span>}
          </div>
          {wrapUpLeft !== null && (
            <div className="flex flex-wrap items-center gap-3 rounded-lg bg-amber-50 p-3" data-testid="desk-wrap-up">
              <span className="text-sm font-medium text-amber-900" role="timer" aria-live="off">{t("wrapUp.countdown", { seconds: wrapUpLeft })}</span>
              <Button size="sm" onClick={() => void postJson("/api/desk/ready").then(refresh, (e: Error) => toast.error(t("error", { message: e.message })))} data-testid="desk-ready-now">
                {t("wrapUp.readyNow")}
              </Button>
            </div>
          )}
          <DeskPresence presence={presence} onChanged={() => void refresh()} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader><CardTitle>{call ? (status === "ringing" ? t("call.offered") : t("call.connected")) : t("call.heading")}</CardTitle></CardHeader>
        <CardContent>
          {!call ? (
            <p className="text-sm text-slate-600" data-testid="desk-no-call">{t("call.none")}</p>
          ) : (
            <div className="space-y-5" data-testid="desk-call" data-status={status}>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                <div><dt className="text-slate-600">{t("call.from")}</dt><dd className="text-lg font-semibold text-slate-900 tabular-nums" data-testid="desk-caller">{call.from ?? t("call.hidden")}</dd></div>
                <div><dt className="text-slate-600">{t("call.queue")}</dt><dd className="font-medium text-slate-900" data-testid="desk-queue">{call.queueName ?? "–"}</dd></div>
                <div><dt className="text-slate-600">{t("call.path")}</dt><dd className="text-slate-900" data-testid="desk-path">{call.path.length ? call.path.join(" → ") : "–"}</dd></div>
                <div><dt className="text-slate-600">{t("call.keys")}</dt><dd className="font-mono text-slate-900" data-testid="desk-keys">{call.keys.length ? call.keys.map((k) => k.digits).join(" · ") : t("call.noKeys")}</dd></div>
              </dl>
              {status === "onCall" && <DeskCallActions queues={data.queues} onSent={onSent} />}
            </div>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader><CardTitle>{t("today.heading")}</CardTitle></CardHeader>
        <CardContent>
          <dl className="grid grid-cols-3 gap-4 text-center" data-testid="desk-today">
            <div><dt className="text-xs text-slate-600">{t("today.calls")}</dt><dd className="text-2xl font-semibold tabular-nums" data-testid="desk-today-calls">{data.today?.calls ?? 0}</dd></div>
            <div><dt className="text-xs text-slate-600">{t("today.talkTime")}</dt><dd className="text-2xl font-semibold tabular-nums">{formatDuration((data.today?.talkSeconds ?? 0) * 1000)}</dd></div>
            <div><dt className="text-xs text-slate-600">{t("today.missed")}</dt><dd className="text-2xl font-semibold tabular-nums" data-testid="desk-today-missed">{data.today?.missed ?? 0}</dd></div>
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}
