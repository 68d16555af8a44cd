"use client";

import { useState } from "react";
import Link from "next/link";
import { AudioLines, Download, Play, SearchX, UserX } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { sendApiRequest } from "../api/sendApiRequest";
import { Button } from "../ui/button/Button";
import { buttonVariants } from "../ui/button/buttonVariants";
import { EmptyState } from "../ui/empty-state/EmptyState";
import { PageHeader } from "../ui/page-header/PageHeader";
import { Table } from "../ui/table/Table";
import { TableBody } from "../ui/table/TableBody";
import { TableCaption } from "../ui/table/TableCaption";
import { TableCell } from "../ui/table/TableCell";
import { TableHead } from "../ui/table/TableHead";
import { TableHeader } from "../ui/table/TableHeader";
import { TableRow } from "../ui/table/TableRow";
import type { CallRecordingsPage } from "./api/handleCallRecordings";
import { RecordingFilters, type FilterOption, type RecordingFilterValues } from "./RecordingFilters";
import { RecordingPlayer } from "./RecordingPlayer";

export type CallRecordingView = CallRecordingsPage["recordings"][number] & { caller: string | null };

type Props = {
  values: RecordingFilterValues;
  fieldErrors: Record<string, string[]>;
  /** Null when the filters were refused. */
  page: (Omit<CallRecordingsPage, "recordings"> & { recordings: CallRecordingView[] }) | null;
  agents: FilterOption[];
  queues: FilterOption[];
  canManageQueues: boolean;
};

/** Builds the link to another page of the same filtered list. */
function buildPageHref(values: RecordingFilterValues, page: number): string {
  const query = new URLSearchParams(Object.entries({ ...values, page: String(page) }).filter(([, value]) => value !== ""));
  return `/recordings?${query.toString()}`;
}

/** Call recordings for supervisors (agents: their own): filters, the list, a waveform player, downloads. */
export function CallRecordingsScreen({ values, fieldErrors, page, agents, queues, canManageQueues }: Props) {
  const t = useTranslations("recordings");
  const format = useFormatter();
  const [playing, setPlaying] = useState<{ id: string; url: string; title: string; caller: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const filtered = ["agent", "queue", "caller", "from", "to"].some((key) => values[key as keyof RecordingFilterValues] !== "");
  const ownOnly = page?.ownOnly ?? false;

  const describe = (recording: CallRecordingView) => {
    const caller = recording.caller ?? t("unknownCaller");
    return { caller, when: format.dateTime(new Date(recording.createdAt), "dateTime") };
  };

  /** Asks for a signed link; the server writes the play or download into the audit log first. */
  const requestAccess = async (recording: CallRecordingView, access: "play" | "download") => {
    setBusy(`${recording.id}:${access}`);
    const outcome = await sendApiRequest<{ url: string }>(`/api/call-recordings/${recording.id}/access`, "POST", { access });
    setBusy(null);
    if (!outcome.ok) {
      toast.error(outcome.error.status === 0 ? t("offline") : t("failed", { reason: outcome.error.message }));
      return null;
    }
    return outcome.data.url;
  };

  const play = async (recording: CallRecordingView) => {
    const url = await requestAccess(recording, "play");
    if (url) setPlaying({ id: recording.id, url, title: t("playerTitle", describe(recording)), caller: describe(recording).caller });
  };

  const download = async (recording: CallRecordingView) => {
    const url = await requestAccess(recording, "download");
    if (!url) return;
    const link = document.createElement("a");
    link.href = url;
    link.download = "";
    document.body.append(link);
    link.click();
    link.remove();
  };

  const pages = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  const noExtension = ownOnly && agents.length === 0;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={ownOnly ? t("subtitleOwn") : t("subtitle")} />
      {!noExtension && <RecordingFilters values={values} fieldErrors={fieldErrors} agents={agents} queues={queues} />}
      {playing && <RecordingPlayer key={playing.id} url={playing.url} title={playing.title} caller={playing.caller} onClose={() => setPlaying(null)} />}
      {noExtension ? (
        <EmptyState icon={UserX} title={t("noExtensionTitle")} description={t("noExtensionBody")} testId="recordings-no-extension" />
      ) : page && page.total === 0 && !filtered ? (
        <EmptyState
          icon={AudioLines} title={t("emptyTitle")} description={ownOnly ? t("emptyBodyOwn") : t("emptyBody")} testId="recordings-empty"
          action={canManageQueues ? <Link href="/queues" className={buttonVariants()} data-testid="recordings-empty-queues">{t("emptyAction")}</Link> : undefined}
        />
      ) : page && page.total === 0 ? (
        <EmptyState
          icon={SearchX} title={t("noMatchTitle")} description={t("noMatchBody")} testId="recordings-no-match"
          action={<Link href="/recordings" className={buttonVariants({ variant: "secondary" })}>{t("clear")}</Link>}
        />
      ) : page ? (
        <>
          <p className="text-sm text-slate-600" role="status" data-testid="recordings-total">{t("total", { count: page.total })}</p>
          <Table data-testid="recordings-table">
            <TableCaption className="sr-only">{t("caption")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("when")}</TableHead>
                <TableHead>{t("callerColumn")}</TableHead>
                <TableHead>{t("queue")}</TableHead>
                <TableHead>{t("agent")}</TableHead>
                <TableHead>{t("duration")}</TableHead>
                <TableHead><span className="sr-only">{t("actions")}</span></TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.recordings.map((recording) => {
                const labels = describe(recording);
                return (
                  <TableRow key={recording.id} data-testid="recording-row" data-recording-id={recording.id} aria-current={playing?.id === recording.id ? "true" : undefined}>
                    <TableCell><time dateTime={recording.createdAt}>{labels.when}</time></TableCell>
                    <TableCell data-testid="recording-caller">{labels.caller}</TableCell>
                    <TableCell>{recording.queue?.name ?? t("noQueue")}</TableCell>
                    <TableCell>{recording.agent ? `${recording.agent.number} ${recording.agent.name}`.trim() : t("noAgent")}</TableCell>
                    <TableCell>{t("seconds", { seconds: Math.round(recording.durationMs / 1000) })}</TableCell>
                    <TableCell>
                      <div className="flex justify-end gap-2">
                        <Button size="sm" variant="secondary" onClick={() => void play(recording)} disabled={busy !== null} aria-label={t("playFrom", labels)} data-testid="recording-play">
                          <Play aria-hidden="true" />{t("play")}
                        </Button>
                        <Button size="sm" variant="secondary" onClick={() => void download(recording)} disabled={busy !== null} aria-label={t("downloadFrom", labels)} data-testid="recording-download">
                          <Download aria-hidden="true" />{t("download")}
                        </Button>
                      </div>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {pages > 1 && (
            <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4 text-sm" data-testid="recordings-pagination">
              {page.page > 1 ? <Link href={buildPageHref(values, page.page - 1)} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="prev">{t("previous")}</Link> : <span />}
              <span className="text-slate-600">{t("pageOf", { page: page.page, pages })}</span>
              {page.page < pages ? <Link href={buildPageHref(values, page.page + 1)} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="next" data-testid="recordings-next">{t("next")}</Link> : <span />}
            </nav>
          )}
        </>
      ) : null}
    </div>
  );
}
