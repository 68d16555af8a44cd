import { notFound } from "next/navigation";
import { UiKitShowcase } from "@/features/dev/UiKitShowcase";
import { getEnv } from "@/env";

/** Every UI kit component on one page, for developers and the accessibility test (off unless UI_KIT_PAGE=1). */
export default function UiKitPage() {
  if (getEnv().UI_KIT_PAGE !== "1") notFound();
  return <UiKitShowcase />;
}
