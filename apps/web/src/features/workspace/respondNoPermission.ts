import { respondError, type ApiResult } from "../api/apiResult";
import type { ApiSession } from "../api/ApiSession";
import type { WorkspacePermission } from "./allowsWorkspaceAction";

const what: Record<WorkspacePermission, { en: string; pl: string }> = {
  "numbers.manage": { en: "manage phone numbers", pl: "zarządzać numerami telefonów" },
  "people.manage": { en: "manage people", pl: "zarządzać osobami" },
  "extensions.manage": { en: "manage extensions", pl: "zarządzać numerami wewnętrznymi" },
  "queues.manage": { en: "manage queues", pl: "zarządzać kolejkami" },
  "settings.manage": { en: "change the organisation's settings", pl: "zmieniać ustawień organizacji" },
  "flows.publish": { en: "create or publish flows", pl: "tworzyć ani publikować scenariuszy" },
  "voicemail.listen": { en: "listen to voicemail", pl: "odsłuchiwać poczty głosowej" },
};

/** 403 naming what the person's role does not allow, in their language. */
export function respondNoPermission(session: ApiSession, permission: WorkspacePermission): ApiResult {
  const message = session.locale === "pl" ? `Twoja rola nie pozwala ${what[permission].pl}.` : `Your role cannot ${what[permission].en}.`;
  return respondError(403, "FORBIDDEN", message);
}
