import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleEndDeskWrapUp } from "@/features/desk/handleDesk";

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "desk.use", (session) => handleEndDeskWrapUp(getPrisma(), session));
}
