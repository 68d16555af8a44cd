import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleDeskAction } from "@/features/desk/handleDesk";

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "desk.use", async (session) => handleDeskAction(getPrisma(), session, await readJsonBody(request)));
}
