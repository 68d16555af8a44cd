"use client";
import { useTranslations } from "next-intl";
import { formatDuration } from "../live/formatDuration";
import { cn } from "../ui/cn";
import { AgentStateChart } from "./AgentStateChart";
import { agentStates, type AgentState, type WallboardView } from "./wallboardTypes";

type Queue = WallboardView["queues"][number];

/** One queue's tiles: waiting, longest wait (ticking), today's answered and abandoned, service level, ASA, agents. */
export function WallboardQueueCard({ queue, elapsedMs, tv }: { queue: Queue; elapsedMs: number; tv: boolean }) {
  const t = useTranslations("wallboard");
  const longest = queue.waiting > 0 ? queue.longestWaitMs + elapsedMs : 0;
  const names = Object.fromEntries(agentStates.map((s) => [s, t(`agentState.${s}`)])) as Record<AgentState, string>;
  const tile = (label: string, value: string, testId: string, warn = false, help?: string) => (
    <div className={cn("rounded-lg bg-slate-50 p-3", warn && "bg-amber-50")}>
      <dt className="text-xs font-medium text-slate-600" title={help}>{label}</dt>
      <dd className={cn("font-semibold tabular-nums text-slate-900", tv ? "text-5xl" : "text-3xl")} data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <section aria-labelledby={`queue-${queue.queueId}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="wallboard-queue" data-queue={queue.name}>
      <h2 id={`queue-${queue.queueId}`} className={cn("font-semibold text-slate-900", tv ? "text-3xl" : "text-lg")}>{queue.name}</h2>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {tile(t("queue.waiting"), String(queue.waiting), "queue-waiting", queue.waiting > 0)}
        {tile(t("queue.longestWait"), formatDuration(longest), "queue-longest-wait", longest > 60_000)}
        {tile(t("queue.answered"), String(queue.answered), "queue-answered")}
        {tile(t("queue.abandoned"), String(queue.abandoned), "queue-abandoned")}
        {tile(t("queue.serviceLevel"), queue.serviceLevelPercent === null ? "–" : `${Math.round(queue.serviceLevelPercent)}%`, "queue-service-level", false, t("queue.serviceLevelHelp"))}
        {tile(t("queue.averageAnswer"), queue.averageAnswerSeconds === null ? "–" : t("queue.seconds", { seconds: Math.round(queue.averageAnswerSeconds) }), "queue-asa")}
      </dl>
      <div className="mt-5">
        <AgentStateChart counts={queue.agents} names={names} label={t("queue.agentsChart", { queue: queue.name })} size={tv ? 180 : 120} />
      </div>
    </section>
  );
}
