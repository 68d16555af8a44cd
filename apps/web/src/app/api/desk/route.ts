import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleGetDesk } from "@/features/desk/handleDesk";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withApiSession(request, "desk.use", (session) => handleGetDesk(getPrisma(), session));
}
