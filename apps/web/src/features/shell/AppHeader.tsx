import Link from "next/link";
import { Building2, LogOut } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { MemberSession } from "../auth/requireMember";
import { LanguageSwitch } from "../locale/LanguageSwitch";
import { Button } from "../ui/button/Button";
import { listNavEntries } from "./listNavEntries";
import { NavLink } from "./NavLink";

/**
 * The compact top bar over the full-screen flow editor: the same entries as the sidebar, in one
 * row (icons with their names as tooltips, names shown on very wide screens), so the canvas keeps
 * its height whatever the role may open.
 */
export async function AppHeader({ session }: { session: MemberSession }) {
  const t = await getTranslations();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="flex items-center gap-x-5 px-4 py-2">
        <Link href="/" className="flex shrink-0 items-center gap-2.5 rounded-md text-base font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-primary text-xs font-bold text-primary-foreground">C</span>
          {t("app.name")}
        </Link>
        <p className="flex min-w-0 items-center gap-1.5 rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-700">
          <Building2 aria-hidden="true" className="size-3.5 shrink-0 text-slate-600" />
          <span className="sr-only">{t("shell.organisation")}: </span>
          <span data-testid="tenant-name" title={session.tenantName} className="max-w-56 truncate font-medium">{session.tenantName}</span>
        </p>
        <nav aria-label={t("shell.mainNav")} className="flex min-w-0 items-center gap-1 overflow-x-auto sm:border-l sm:border-slate-200 sm:pl-5">
          {listNavEntries(session.role).map((entry) => (
            <NavLink key={entry.id} compact href={entry.href} label={t(`nav.${entry.id}`)} icon={<entry.icon aria-hidden="true" />} testId={`nav-${entry.id}`} />
          ))}
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-3">
          <LanguageSwitch />
          <span className="hidden text-sm text-slate-600 2xl:inline" title={session.email}>{t("shell.signedInAs", { name: session.name })}</span>
          <form method="post" action="/api/sign-out">
            <Button type="submit" variant="ghost" size="sm" data-testid="sign-out"><LogOut aria-hidden="true" />{t("shell.signOut")}</Button>
          </form>
        </div>
      </div>
    </header>
  );
}
