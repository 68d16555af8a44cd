import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleSetDeskPresence } from "@/features/desk/handleDesk";

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "desk.use", async (session) => handleSetDeskPresence(getPrisma(), session, await readJsonBody(request)));
}
