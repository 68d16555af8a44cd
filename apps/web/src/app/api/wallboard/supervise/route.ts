import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleSupervise } from "@/features/wallboard/handleWallboard";

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "calls.supervise", async (session) => handleSupervise(getPrisma(), session, await readJsonBody(request)));
}
