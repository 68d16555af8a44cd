import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleGetVersion } from "@/features/editor/api/handleVersions";

type Context = { params: Promise<{ id: string; number: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id, number } = await params;
  return withApiSession(request, "flows.view", (session) => handleGetVersion(getPrisma(), session, id, number));
}
