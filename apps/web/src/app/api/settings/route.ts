import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleGetSettings, handlePatchSettings } from "@/features/settings/handleSettings";

export function GET(): Promise<Response> {
  return withApiSession((session) => handleGetSettings(getPrisma(), session));
}

export async function PATCH(request: Request): Promise<Response> {
  return withApiSession(async (session) => handlePatchSettings(getPrisma(), session, await readJsonBody(request)));
}
