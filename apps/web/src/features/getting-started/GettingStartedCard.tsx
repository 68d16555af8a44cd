import Link from "next/link";
import { CircleCheck, Circle } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, readGettingStarted } from "@centrala/db";
import type { MemberSession } from "../auth/requireMember";
import { can } from "../auth/permissions";
import { navEntries } from "../shell/navEntries";
import { cn } from "../ui/cn";

type Step = { id: "claimNumber" | "addPeopleAndExtensions" | "publishFlow" | "testCall"; done: boolean; href: string; parts?: { href: string; label: string; done: boolean }[] };

const pageExists = (id: string) => navEntries.some((entry) => entry.id === id && entry.available);

/**
 * The owner's first four steps, read from what exists (so each ticks itself once done), each with
 * a link to its screen. Shown to the people who can do them until all four are done.
 */
export async function GettingStartedCard({ session }: { session: MemberSession }) {
  if (!can(session.role, "numbers.manage")) return null;
  const [state, t] = await Promise.all([readGettingStarted(forTenant(getPrisma(), session.tenantId)), getTranslations("gettingStarted")]);
  if (state.doneCount === 4) return null;
  const steps: Step[] = [
    { id: "claimNumber", done: state.claimNumber, href: "/numbers" },
    {
      id: "addPeopleAndExtensions", done: state.addPeopleAndExtensions.done, href: "/team",
      parts: [
        { href: "/team", label: t("people"), done: state.addPeopleAndExtensions.people },
        ...(pageExists("extensions") ? [{ href: "/extensions", label: t("extensions"), done: state.addPeopleAndExtensions.extensions }] : []),
      ],
    },
    { id: "publishFlow", done: state.publishFlow, href: "/flows/new" },
    { id: "testCall", done: state.testCall, href: "/flows" },
  ];
  return (
    <section aria-labelledby="getting-started-title" className="rounded-xl border border-teal-200 bg-teal-50/60 p-6" data-testid="getting-started">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="getting-started-title" className="text-base font-semibold text-slate-900">{t("title")}</h2>
        <p className="text-sm text-slate-700" data-testid="getting-started-progress">{t("progress", { done: state.doneCount, total: 4 })}</p>
      </div>
      <p className="mt-1 text-sm text-slate-700">{t("intro")}</p>
      <ol className="mt-4 grid gap-3 sm:grid-cols-2">
        {steps.map((step, index) => (
          <li key={step.id} className="flex gap-3 rounded-lg border border-border bg-white p-4" data-testid={`step-${step.id}`} data-done={step.done}>
            {step.done
              ? <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-emerald-700" />
              : <Circle aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-slate-400" />}
            <div className="min-w-0 space-y-1">
              <p className={cn("text-sm font-semibold", step.done ? "text-slate-600 line-through decoration-slate-400" : "text-slate-900")}>
                {index + 1}.{" "}
                <Link href={step.href} className="text-teal-800 underline underline-offset-2" data-testid={`step-link-${step.id}`}>{t(step.id)}</Link>
                <span className="sr-only"> ({step.done ? t("done") : t("todo")})</span>
              </p>
              <p className="text-xs leading-5 text-slate-600">{t(`${step.id}Body`)}</p>
              {step.parts && (
                <ul className="space-y-0.5 text-xs text-slate-700">
                  {step.parts.map((part) => (
                    <li key={part.href} className="flex items-center gap-1.5">
                      {part.done ? <CircleCheck aria-hidden="true" className="size-3.5 text-emerald-700" /> : <Circle aria-hidden="true" className="size-3.5 text-slate-400" />}
                      <Link href={part.href} className="underline underline-offset-2">{part.label}</Link>
                      <span className="sr-only"> ({part.done ? t("done") : t("todo")})</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
