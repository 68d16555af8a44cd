import type { ReactNode } from "react";
import { requireMember } from "@/features/auth/requireMember";
import { AppHeader } from "@/features/shell/AppHeader";
import { getTranslations } from "next-intl/server";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const session = await requireMember();
  const t = await getTranslations();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        {t("shell.skipToContent")}
      </a>
      <AppHeader session={session} />
      <main id="main" className="mx-auto max-w-5xl px-6 py-10">{children}</main>
    </>
  );
}
