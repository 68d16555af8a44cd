import type { Metadata } from "next";
import { NewFlowForm } from "@/features/flows/NewFlowForm";
import { getT } from "@/i18n/getLocale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("flowNew.title") };
}

export default async function NewFlowPage() {
  const t = await getT();
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold tracking-tight" data-testid="page-title">{t("flowNew.title")}</h1>
      <p className="mt-1 mb-8 text-sm leading-6 text-slate-600">{t("flowNew.intro")}</p>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <NewFlowForm />
      </div>
    </div>
  );
}
