import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleGetWallboard } from "@/features/wallboard/handleWallboard";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withApiSession(request, "wallboard.view", (session) => handleGetWallboard(getPrisma(), session));
}
