"use client";

import { Download, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "../ui/cn";
import { Badge } from "../ui/badge/Badge";
import { Button } from "../ui/button/Button";
import { buttonVariants } from "../ui/button/buttonVariants";
import type { VoicemailMessage } from "./voicemailTypes";

type Props = {
  message: VoicemailMessage;
  mailboxLabel: string;
  onPlay: () => void;
  onToggleHeard: () => void;
  onDelete: () => void;
};

/** One message: caller, time, length, heard or new, a player, download and delete. */
export function VoicemailMessageItem({ message, mailboxLabel, onPlay, onToggleHeard, onDelete }: Props) {
  const t = useTranslations("voicemail");
  const format = useFormatter();
  const caller = message.caller ?? t("unknownCaller");
  const heard = message.heardAt !== null;
  return (
    <li className={cn("space-y-3 rounded-xl border bg-white p-4", heard ? "border-slate-200" : "border-teal-300 shadow-sm")} data-testid="voicemail-message" data-heard={heard}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className={cn("truncate text-base text-slate-900", heard ? "font-medium" : "font-semibold")} data-testid="voicemail-caller">{t("from", { caller })}</p>
          <p className="text-sm text-slate-600">
            <time dateTime={message.createdAt}>{t("receivedAt", { when: format.dateTime(new Date(message.createdAt), "dateTime") })}</time>
            {" · "}<span data-testid="voicemail-duration">{t("duration", { seconds: Math.round(message.durationMs / 1000) })}</span>
            {" · "}{mailboxLabel}
          </p>
        </div>
        <Badge tone={heard ? "neutral" : "info"} data-testid="voicemail-state">{heard ? t("heard") : t("unheard")}</Badge>
      </div>
      <audio controls preload="none" src={message.playUrl} onPlay={onPlay} aria-label={t("player", { caller })} className="w-full" data-testid="voicemail-player" />
      <div className="flex flex-wrap gap-2">
        <a href={message.downloadUrl} download className={buttonVariants({ variant: "secondary", size: "sm" })} aria-label={t("downloadFrom", { caller })} data-testid="voicemail-download">
          <Download aria-hidden="true" />{t("download")}
        </a>
        <Button variant="secondary" size="sm" onClick={onToggleHeard} data-testid="voicemail-toggle-heard">{heard ? t("markUnheard") : t("markHeard")}</Button>
        <Button variant="destructiveOutline" size="sm" onClick={onDelete} aria-label={t("deleteFrom", { caller })} data-testid="voicemail-delete">
          <Trash2 aria-hidden="true" />{t("delete")}
        </Button>
      </div>
    </li>
  );
}
