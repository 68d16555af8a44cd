import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleInvite } from "@/features/team/handleTeam";
import { readPublicWebUrl } from "@/features/workspace/readPublicWebUrl";

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "people.manage", async (session) => handleInvite(getPrisma(), session, await readJsonBody(request), readPublicWebUrl()));
}
