import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "../ui/button/Button";

/** The not-found text: the same for a missing page and for another organisation's page. */
export async function NotFoundMessage() {
  const t = await getTranslations();
  return (
    <section data-testid="not-found" aria-labelledby="not-found-title" className="rounded-xl border border-slate-200 bg-white p-10 text-center shadow-sm">
      <p aria-hidden="true" className="text-sm font-semibold tracking-widest text-teal-700">404</p>
      <h1 id="not-found-title" className="mt-2 text-2xl font-semibold tracking-tight">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-600">{t("notFound.body")}</p>
      <Button asChild variant="secondary" className="mt-6"><Link href="/flows">{t("notFound.back")}</Link></Button>
    </section>
  );
}
