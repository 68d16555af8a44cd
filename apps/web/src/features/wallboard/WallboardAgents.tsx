"use client";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { postJson } from "../desk/postJson";
import { formatDuration } from "../live/formatDuration";
import { Badge } from "../ui/badge/Badge";
import { Button } from "../ui/button/Button";
import type { WallboardView } from "./wallboardTypes";

const tones = { available: "success", ringing: "info", onCall: "info", wrapUp: "warning", away: "warning", offline: "neutral" } as const;
const modes = ["listen", "whisper", "barge"] as const;

/** Every agent's state, since when and caller; supervisors can listen, whisper or barge into a live call. */
export function WallboardAgents({ view, elapsedMs, canSupervise }: { view: WallboardView; elapsedMs: number; canSupervise: boolean }) {
  const t = useTranslations("wallboard");
  async function supervise(callSid: string, mode: (typeof modes)[number]) {
    try {
      await postJson("/api/wallboard/supervise", { callSid, mode });
      toast.success(t("supervise.sent"));
    } catch (error) {
      toast.error(t("supervise.failed", { message: (error as Error).message }));
    }
  }
  if (!view.agents.length) return <p className="text-sm text-slate-600">{t("agents.none")}</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="wallboard-agents">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t("agents.name")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("agents.state")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("agents.caller")}</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">{t("agents.answered")}</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">{t("agents.missed")}</th>
            {canSupervise && <th scope="col" className="px-4 py-2 font-medium">{t("agents.supervise")}</th>}
          </tr>
        </thead>
        <tbody>
          {view.agents.map((agent) => {
            const label = `${agent.extension} ${agent.name}`;
            return (
              <tr key={agent.extensionId} className="border-t border-slate-100" data-testid="wallboard-agent" data-extension={agent.extension} data-state={agent.status}>
                <th scope="row" className="px-4 py-2 font-medium text-slate-900">{label}</th>
                <td className="px-4 py-2">
                  <Badge tone={tones[agent.status]} dot>{t(`agentState.${agent.status}`)}{agent.awayReason ? `: ${agent.awayReason}` : ""}</Badge>
                  {agent.status !== "offline" && <span className="ml-2 text-xs text-slate-600 tabular-nums">{formatDuration(view.at - agent.since + elapsedMs)}</span>}
                </td>
                <td className="px-4 py-2 tabular-nums text-slate-700">{agent.callerNumber ?? (agent.callerId ? "…" : "")}{agent.queueName ? ` · ${agent.queueName}` : ""}</td>
                <td className="px-4 py-2 text-right tabular-nums">{agent.answered}</td>
                <td className="px-4 py-2 text-right tabular-nums">{agent.missed}</td>
                {canSupervise && (
                  <td className="px-4 py-2">
                    {agent.status === "onCall" && agent.callerId && (
                      <div className="flex gap-1">
                        {modes.map((mode) => (
                          <Button key={mode} size="sm" variant="secondary" aria-label={t(`supervise.${mode}Label`, { agent: label })} onClick={() => void supervise(agent.callerId!, mode)} data-testid={`supervise-${mode}`}>
                            {t(`supervise.${mode}`)}
                          </Button>
                        ))}
                      </div>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
