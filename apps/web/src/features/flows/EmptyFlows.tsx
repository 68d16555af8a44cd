import Link from "next/link";
import type { Translator } from "@/i18n/createTranslator";
import { buttonClass } from "../ui/buttonClass";

/** What a new tenant sees first: what a flow is for, and one button to make one. */
export function EmptyFlows({ t }: { t: Translator }) {
  return (
    <section data-testid="flows-empty" aria-labelledby="flows-empty-title" className="rounded-xl border border-dashed border-slate-300 bg-white px-8 py-14 text-center">
      <div aria-hidden="true" className="mx-auto grid size-12 place-items-center rounded-full bg-teal-50 text-teal-700">
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" className="size-6">
          <path strokeLinecap="round" strokeLinejoin="round" d="M2.25 6.75c0 8.28 6.72 15 15 15h2.25a2.25 2.25 0 0 0 2.25-2.25v-1.37c0-.52-.35-.97-.85-1.09l-4.42-1.1a1.12 1.12 0 0 0-1.17.42l-.97 1.29a1.13 1.13 0 0 1-1.21.38 12.04 12.04 0 0 1-7.14-7.14 1.13 1.13 0 0 1 .38-1.21l1.29-.97c.36-.27.52-.74.42-1.17l-1.1-4.42a1.13 1.13 0 0 0-1.09-.85H4.5A2.25 2.25 0 0 0 2.25 4.5v2.25Z" />
        </svg>
      </div>
      <h2 id="flows-empty-title" className="mt-4 text-lg font-semibold text-slate-900">{t("flows.emptyTitle")}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm leading-6 text-slate-600">{t("flows.emptyBody")}</p>
      <Link href="/flows/new" className={`${buttonClass.primary} mt-6`} data-testid="new-flow">{t("flows.new")}</Link>
    </section>
  );
}
