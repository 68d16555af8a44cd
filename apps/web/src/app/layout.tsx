import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Toaster } from "@/features/ui/toaster/Toaster";
import { TooltipProvider } from "@/features/ui/tooltip/TooltipProvider";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-background font-sans text-foreground">
        {/* Passes this request's language, messages, formats and time zone on to client components. */}
        <NextIntlClientProvider>
          <TooltipProvider>
            {children}
            <Toaster label={t("shell.notifications")} />
          </TooltipProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
