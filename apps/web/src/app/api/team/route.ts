import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListTeam } from "@/features/team/handleTeam";

export function GET(request: Request): Promise<Response> {
  return withApiSession(request, "workspace.view", (session) => handleListTeam(getPrisma(), session));
}
