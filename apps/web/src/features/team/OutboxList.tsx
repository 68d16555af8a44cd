import { Mail } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "../ui/empty-state/EmptyState";

export type OutboxMessage = { id: string; toEmail: string; subject: string; text: string; createdAt: string };

const linkPattern = /https?:\/\/[^\s<>"]+/g;

/** The development outbox's e-mails, newest first, with their links ready to open. */
export async function OutboxList({ messages }: { messages: OutboxMessage[] }) {
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  if (messages.length === 0) return <EmptyState testId="outbox-empty" icon={Mail} title={t("title")} description={t("empty")} />;
  return (
    <ul className="space-y-4" data-testid="outbox">
      {messages.map((message) => {
        const links = [...new Set(message.text.match(linkPattern) ?? [])];
        return (
          <li key={message.id} className="rounded-xl border border-border bg-card p-5 shadow-sm" data-testid="outbox-message">
            <h2 className="text-base font-semibold text-slate-900">{message.subject}</h2>
            <p className="mt-1 text-xs text-slate-600">{t("to", { email: message.toEmail })} · {t("sentAt", { date: format.dateTime(new Date(message.createdAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
            {links.length > 0 && (
              <div className="mt-3">
                <p className="sr-only">{t("links")}</p>
                <ul className="space-y-1">
                  {links.map((link) => <li key={link}><a href={link} className="break-all text-sm font-medium text-teal-800 underline underline-offset-2" data-testid="outbox-message-link">{link}</a></li>)}
                </ul>
              </div>
            )}
            <pre className="mt-3 max-h-64 overflow-auto rounded-md bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap text-slate-700">{message.text}</pre>
          </li>
        );
      })}
    </ul>
  );
}
