import Link from "next/link";
import { ShieldX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, readMembership } from "@centrala/db";
import { auth } from "@/auth";
import { Button } from "@/features/ui/button/Button";

/** What requirePermission shows (HTTP 403): whose role this is, what to do, and a way out. */
export default async function Forbidden() {
  const [t, session] = await Promise.all([getTranslations(), auth()]);
  const membership = session?.tenantId ? await readMembership(forTenant(getPrisma(), session.tenantId), session.userId) : null;
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <section data-testid="no-access" aria-labelledby="no-access-title" className="rounded-xl border border-slate-200 bg-white p-10 text-center shadow-sm">
        <div aria-hidden="true" className="mx-auto grid size-12 place-items-center rounded-full bg-amber-50 text-amber-800"><ShieldX className="size-6" /></div>
        <h1 id="no-access-title" className="mt-4 text-2xl font-semibold tracking-tight">{t("permissions.noAccess.title")}</h1>
        <p className="mt-2 text-slate-600">
          {membership ? t("permissions.noAccess.body", { role: t(`roles.${membership.role}`) }) : t("permissions.noAccess.ended")}
        </p>
        <div className="mt-6 flex justify-center gap-3">
          {membership && <Button asChild variant="secondary"><Link href="/">{t("permissions.noAccess.back")}</Link></Button>}
          <form method="post" action="/api/sign-out"><Button type="submit" variant={membership ? "ghost" : "primary"}>{t("shell.signOut")}</Button></form>
        </div>
      </section>
    </main>
  );
}
