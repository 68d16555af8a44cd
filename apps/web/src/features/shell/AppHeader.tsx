import Link from "next/link";
import type { MemberSession } from "../auth/requireMember";
import { LanguageSwitch } from "@/features/locale/LanguageSwitch";
import { getTranslations } from "next-intl/server";
import { NavLink } from "./NavLink";

/** The signed-in header: product, organisation, navigation, language and sign-out. */
export async function AppHeader({ session }: { session: MemberSession }) {
  const t = await getTranslations();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-3 px-6 py-3">
        <Link href="/flows" className="flex items-center gap-2.5 rounded-md text-base font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-teal-700 text-xs font-bold text-white">C</span>
          {t("app.name")}
        </Link>
        <p className="flex min-w-0 items-center gap-1.5 rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-700">
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-3.5 shrink-0 text-slate-500">
            <path fillRule="evenodd" d="M4 2.5A1.5 1.5 0 0 1 5.5 1h9A1.5 1.5 0 0 1 16 2.5V17h1a.75.75 0 0 1 0 1.5H3A.75.75 0 0 1 3 17h1V2.5ZM7 5h2v2H7V5Zm4 0h2v2h-2V5ZM7 9h2v2H7V9Zm4 0h2v2h-2V9Zm-2 5h2v3H9v-3Z" clipRule="evenodd" />
          </svg>
          <span className="sr-only">{t("shell.organisation")}: </span>
          <span data-testid="tenant-name" title={session.tenantName} className="max-w-56 truncate font-medium">{session.tenantName}</span>
        </p>
        <nav aria-label={t("shell.mainNav")} className="flex items-center gap-1 sm:border-l sm:border-slate-200 sm:pl-5">
          <NavLink href="/flows" label={t("nav.flows")} />
        </nav>
        <div className="ml-auto flex items-center gap-4">
          <LanguageSwitch />
          <span className="hidden text-sm text-slate-500 md:inline" title={session.email}>
            {t("shell.signedInAs", { name: session.name })}
          </span>
          <form method="post" action="/api/sign-out">
            <button type="submit" data-testid="sign-out" className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
              {t("shell.signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
