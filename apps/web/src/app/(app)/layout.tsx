import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/features/auth/requireMember";
import { AppSidebar } from "@/features/shell/AppSidebar";

/** The signed-in app: sidebar navigation beside the page. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const [session, t] = await Promise.all([requireMember(), getTranslations()]);
  return (
    <div className="md:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        {t("shell.skipToContent")}
      </a>
      <AppSidebar session={session} />
      <main id="main" className="min-w-0 flex-1 px-6 py-10 md:px-10"><div className="mx-auto max-w-5xl">{children}</div></main>
    </div>
  );
}
