import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleGettingStarted } from "@/features/settings/handleSettings";

export function GET(request: Request): Promise<Response> {
  return withApiSession(request, "workspace.view", (session) => handleGettingStarted(getPrisma(), session));
}
