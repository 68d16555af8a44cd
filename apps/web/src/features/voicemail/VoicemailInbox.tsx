"use client";

import { useState } from "react";
import { Voicemail } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { sendApiRequest } from "../api/sendApiRequest";
import { cn } from "../ui/cn";
import { EmptyState } from "../ui/empty-state/EmptyState";
import { focusRing } from "../ui/focusRing";
import { PageHeader } from "../ui/page-header/PageHeader";
import { VoicemailMessageItem } from "./VoicemailMessageItem";
import type { Mailbox, VoicemailMessage } from "./voicemailTypes";

/**
 * The /voicemail inbox: mailboxes with their count of new messages, and the chosen mailbox's messages.
 * Deleting shows an Undo in the toast (the server keeps the message restorable for a while).
 */
export function VoicemailInbox({ initial, mailboxes }: { initial: VoicemailMessage[]; mailboxes: Mailbox[] }) {
  const t = useTranslations("voicemail");
  const [messages, setMessages] = useState(initial);
  const [mailbox, setMailbox] = useState<string | null>(null);
  const known = new Map(mailboxes.map((box) => [box.number, box]));
  // Mailboxes with messages but no extension any more still show, so nothing is hidden.
  const numbers = [...new Set([...mailboxes.map((box) => box.number), ...messages.map((m) => m.mailbox ?? "")].filter(Boolean))].sort();
  const label = (number: string) => {
    const box = known.get(number);
    return box ? `${number} ${box.name}` : t("mailbox", { number });
  };
  const unheard = (number: string | null) => messages.filter((m) => m.heardAt === null && (number === null || m.mailbox === number)).length;
  const shown = messages.filter((m) => mailbox === null || m.mailbox === mailbox);

  const fail = (reason: string) => toast.error(t("failed", { reason: reason || "—" }));
  const update = (id: string, change: Partial<VoicemailMessage>) => setMessages((list) => list.map((m) => (m.id === id ? { ...m, ...change } : m)));

  async function setHeard(message: VoicemailMessage, heard: boolean) {
    const before = message.heardAt;
    update(message.id, { heardAt: heard ? new Date().toISOString() : null });
    const outcome = await sendApiRequest(`/api/recordings/${message.id}`, "PATCH", { heard });
    if (!outcome.ok) {
      update(message.id, { heardAt: before });
      fail(outcome.error.message);
    }
  }

  async function remove(message: VoicemailMessage) {
    const outcome = await sendApiRequest(`/api/recordings/${message.id}`, "DELETE");
    if (!outcome.ok) return fail(outcome.error.message);
    setMessages((list) => list.filter((m) => m.id !== message.id));
    toast.success(t("deleted", { caller: message.caller ?? t("unknownCaller") }), {
      duration: 15_000,
      action: {
        label: t("undo"),
        onClick: async () => {
          const restored = await sendApiRequest(`/api/recordings/${message.id}/restore`, "POST");
          if (!restored.ok) return fail(restored.error.message);
          setMessages((list) => [...list, message].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
          toast.success(t("restored"));
        },
      },
    });
  }

  const tab = (value: string | null, text: string) => (
    <button
      type="button"
      key={value ?? "all"}
      aria-pressed={mailbox === value}
      onClick={() => setMailbox(value)}
      className={cn("flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm", mailbox === value ? "border-teal-700 bg-teal-50 font-semibold text-teal-900" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50", focusRing)}
      data-testid={`mailbox-${value ?? "all"}`}
    >
      {text}
      <span className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-700">{t("unheardCount", { count: unheard(value) })}</span>
    </button>
  );

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("subtitle")} />
      {numbers.length === 0 && messages.length === 0 ? (
        <EmptyState icon={Voicemail} title={t("emptyTitle")} description={`${t("emptyBody")} ${t("noMailboxes")}`} testId="voicemail-empty" />
      ) : (
        <>
          <nav aria-label={t("mailboxes")} className="flex flex-wrap gap-2">
            {tab(null, t("allMailboxes"))}
            {numbers.map((number) => tab(number, label(number)))}
          </nav>
          {shown.length === 0 ? (
            <p className="text-sm text-slate-600" data-testid="voicemail-none">{messages.length === 0 ? t("emptyBody") : t("mailboxEmpty")}</p>
          ) : (
            <ul className="space-y-3" data-testid="voicemail-list">
              {shown.map((message) => (
                <VoicemailMessageItem
                  key={message.id}
                  message={message}
                  mailboxLabel={label(message.mailbox ?? "")}
                  onPlay={() => message.heardAt === null && void setHeard(message, true)}
                  onToggleHeard={() => void setHeard(message, message.heardAt === null)}
                  onDelete={() => void remove(message)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
