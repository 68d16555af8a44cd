import type { ReactNode } from "react";
import { LanguageSwitch } from "@/features/locale/LanguageSwitch";
import { getTranslations } from "next-intl/server";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-6 py-5">
        <p className="flex items-center gap-2.5 text-lg font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-teal-700 text-sm font-bold text-white">C</span>
          {t("app.name")}
        </p>
        <LanguageSwitch />
      </header>
      <main className="flex flex-1 items-start justify-center px-6 pt-8 pb-16 sm:pt-14">
        <div className="w-full max-w-md">{children}</div>
      </main>
    </div>
  );
}
