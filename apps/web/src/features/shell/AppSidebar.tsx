import Link from "next/link";
import { Building2, LogOut } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { MemberSession } from "../auth/requireMember";
import { LanguageSwitch } from "../locale/LanguageSwitch";
import { Button } from "../ui/button/Button";
import { listNavEntries } from "./listNavEntries";
import { navGroups } from "./navGroups";
import { NavLink } from "./NavLink";

/** The signed-in app's sidebar: organisation, the screens the member's role may open, account. */
export async function AppSidebar({ session }: { session: MemberSession }) {
  const t = await getTranslations();
  const entries = listNavEntries(session.role);
  return (
    <aside className="flex shrink-0 flex-col gap-6 border-b border-slate-200 bg-white px-4 py-4 md:sticky md:top-0 md:h-dvh md:w-64 md:border-r md:border-b-0 md:py-6">
      <div className="space-y-3 px-2">
        <Link href="/" className="flex items-center gap-2.5 rounded-md text-base font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-primary text-xs font-bold text-primary-foreground">C</span>
          {t("app.name")}
        </Link>
        <p className="flex min-w-0 items-center gap-1.5 text-xs text-slate-700">
          <Building2 aria-hidden="true" className="size-3.5 shrink-0 text-slate-600" />
          <span className="sr-only">{t("shell.organisation")}: </span>
          <span data-testid="tenant-name" title={session.tenantName} className="truncate font-medium">{session.tenantName}</span>
        </p>
      </div>
      <nav aria-label={t("shell.mainNav")} className="flex flex-1 flex-col gap-5 md:overflow-y-auto">
        {navGroups.map((group) => {
          const inGroup = entries.filter((entry) => entry.group === group);
          if (inGroup.length === 0) return null;
          return (
            <div key={group} className="space-y-1">
              <h2 className="px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">{t(`nav.group.${group}`)}</h2>
              <ul className="flex flex-wrap gap-1 md:flex-col">
                {inGroup.map((entry) => (
                  <li key={entry.id}>
                    <NavLink href={entry.href} label={t(`nav.${entry.id}`)} icon={<entry.icon aria-hidden="true" />} testId={`nav-${entry.id}`} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
      <section aria-label={t("nav.account")} className="space-y-3 border-t border-slate-200 px-2 pt-4">
        <div className="min-w-0 text-sm">
          <p className="truncate font-medium text-slate-900" title={session.email}>{t("shell.signedInAs", { name: session.name })}</p>
          <p className="text-xs text-slate-600" data-testid="member-role">{t("nav.role", { role: t(`roles.${session.role}`) })}</p>
          <Link href="/account" className="text-xs font-medium text-teal-800 underline underline-offset-2" data-testid="nav-account">{t("nav.account")}</Link>
        </div>
        <div className="flex items-center justify-between gap-2">
          <LanguageSwitch />
          <form method="post" action="/api/sign-out">
            <Button type="submit" variant="ghost" size="sm" data-testid="sign-out"><LogOut aria-hidden="true" />{t("shell.signOut")}</Button>
          </form>
        </div>
      </section>
    </aside>
  );
}
