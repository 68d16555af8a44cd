import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleGetSettings, handlePatchSettings } from "@/features/settings/handleSettings";

export function GET(request: Request): Promise<Response> {
  return withApiSession(request, "workspace.view", (session) => handleGetSettings(getPrisma(), session));
}

export async function PATCH(request: Request): Promise<Response> {
  return withApiSession(request, "settings.manage", async (session) => handlePatchSettings(getPrisma(), session, await readJsonBody(request)));
}
