import { getRequestConfig } from "next-intl/server";
import { auth } from "@/auth";
import { getCurrentTenant } from "@/features/tenant/getCurrentTenant";
import { DEFAULT_TIME_ZONE } from "./defaultTimeZone";
import { createFormats } from "./formats";
import { getLocale } from "./getLocale";
import { messagesByLocale } from "./messages/messagesByLocale";

// next-intl without locale routing: the language comes from the account, the cookie or the
// browser (getLocale), and dates are shown in the organisation's own time zone.
export default getRequestConfig(async () => {
  const locale = await getLocale();
  const session = await auth();
  const tenant = session?.tenantId ? await getCurrentTenant(session.tenantId).catch(() => null) : null;
  return {
    locale,
    messages: messagesByLocale[locale],
    formats: createFormats(locale),
    timeZone: tenant?.timezone ?? DEFAULT_TIME_ZONE,
  };
});
