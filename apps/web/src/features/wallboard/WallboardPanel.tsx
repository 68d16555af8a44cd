"use client";
import Link from "next/link";
import { Maximize2, Minimize2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { LiveBadge } from "../live/LiveBadge";
import { useLiveRefresh } from "../live/useLiveRefresh";
import { useNow } from "../live/useNow";
import { Button } from "../ui/button/Button";
import { cn } from "../ui/cn";
import { WallboardAgents } from "./WallboardAgents";
import { WallboardQueueCard } from "./WallboardQueueCard";
import type { WallboardView } from "./wallboardTypes";

/** The wallboard, live: a card per queue and the agents' table; `tv` fills the screen with bigger figures. */
export function WallboardPanel({ initial, tv, canSupervise }: { initial: WallboardView; tv: boolean; canSupervise: boolean }) {
  const t = useTranslations("wallboard");
  const { data, live, receivedAt } = useLiveRefresh<WallboardView>("/api/wallboard", "/api/wallboard/events", initial);
  const elapsed = Math.max(0, useNow() - receivedAt);
  return (
    <div className={cn("space-y-6", tv && "fixed inset-0 z-40 overflow-auto bg-slate-100 p-8")} data-testid="wallboard" data-tv={tv ? "yes" : "no"}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {tv ? <h1 className="text-4xl font-semibold text-slate-900">{t("title")}</h1> : <span />}
        <div className="flex items-center gap-3">
          <LiveBadge live={live} labels={{ connected: t("live.connected"), reconnecting: t("live.reconnecting") }} />
          <Button asChild variant="secondary" size="sm">
            {tv ? <Link href="/wallboard" data-testid="wallboard-leave-tv"><Minimize2 aria-hidden="true" />{t("leaveBigScreen")}</Link>
              : <Link href="/wallboard?tv=1" data-testid="wallboard-tv"><Maximize2 aria-hidden="true" />{t("bigScreen")}</Link>}
          </Button>
        </div>
      </div>
      <div className={cn("grid gap-6", tv ? "xl:grid-cols-3 lg:grid-cols-2" : "lg:grid-cols-2")}>
        {data.queues.map((queue) => <WallboardQueueCard key={queue.queueId} queue={queue} elapsedMs={elapsed} tv={tv} />)}
      </div>
      <section aria-labelledby="wallboard-agents-heading" className="space-y-3">
        <h2 id="wallboard-agents-heading" className={cn("font-semibold text-slate-900", tv ? "text-2xl" : "text-lg")}>{t("agents.heading")}</h2>
        <WallboardAgents view={data} elapsedMs={elapsed} canSupervise={canSupervise && !tv} />
      </section>
    </div>
  );
}
