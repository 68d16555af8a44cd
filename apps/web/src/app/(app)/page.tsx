import { CircleHelp } from "lucide-react";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/features/auth/requireMember";
import { listNavEntries } from "@/features/shell/listNavEntries";
import { EmptyState } from "@/features/ui/empty-state/EmptyState";

// The home of a signed-in person is the first screen their role may open; the proxy sends
// everyone else to /login.
export default async function HomePage() {
  const session = await requireMember();
  const [first] = listNavEntries(session.role);
  if (first) redirect(first.href);
  const t = await getTranslations();
  return <EmptyState testId="home-empty" icon={CircleHelp} title={t("nav.nothingYet")} description={t("nav.nothingYetBody", { role: t(`roles.${session.role}`) })} />;
}
