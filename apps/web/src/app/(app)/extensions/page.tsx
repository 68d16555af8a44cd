import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forTenant, getPrisma, listMembers } from "@centrala/db";
import { requirePermission } from "@/features/auth/requirePermission";
import { ExtensionsScreen } from "@/features/extensions/ExtensionsScreen";
import { handleListExtensionsFull, type ExtensionView } from "@/features/extensions/handleExtensions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("extensions.title") };
}

export default async function ExtensionsPage() {
  const session = await requirePermission("extensions.manage");
  const prisma = getPrisma();
  const [list, people] = await Promise.all([handleListExtensionsFull(prisma, session), listMembers(forTenant(prisma, session.tenantId))]);
  const { extensions } = list.body as { extensions: ExtensionView[] };
  const members = people.members.map(({ userId, name, email }) => ({ userId, name, email }));
  return <ExtensionsScreen initial={extensions} members={members} />;
}
