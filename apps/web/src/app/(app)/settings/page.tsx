import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getOrganisationSettings, getPrisma } from "@centrala/db";
import { ttsLanguages } from "@centrala/flow";
import { requirePermission } from "@/features/auth/requirePermission";
import { formatPhoneNumber } from "@/features/numbers/formatPhoneNumber";
import { SettingsForm } from "@/features/settings/SettingsForm";
import { Card } from "@/features/ui/card/Card";
import { CardContent } from "@/features/ui/card/CardContent";
import { PageHeader } from "@/features/ui/page-header/PageHeader";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("settings.title") };
}

/** The announcement's words when it is read aloud (an uploaded recording has none to edit here). */
function readAnnouncementText(announcement: unknown): string {
  return announcement && typeof announcement === "object" && "type" in announcement && announcement.type === "tts" && "text" in announcement && typeof announcement.text === "string" ? announcement.text : "";
}

export default async function SettingsPage() {
  const session = await requirePermission("settings.manage");
  const t = await getTranslations("settings");
  const settings = await getOrganisationSettings(getPrisma(), session.tenantId);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <Card className="max-w-2xl">
        <CardContent>
          <SettingsForm
            initial={{
              name: settings.name, timezone: settings.timezone, language: settings.language, voice: settings.voice ?? "",
              fallbackNumber: settings.fallbackNumber ? formatPhoneNumber(settings.fallbackNumber) : "", announcement: readAnnouncementText(settings.recordingAnnouncement),
              retentionDays: String(settings.recordingRetentionDays),
            }}
            timeZones={Intl.supportedValuesOf("timeZone")}
            languages={ttsLanguages}
          />
        </CardContent>
      </Card>
    </div>
  );
}
