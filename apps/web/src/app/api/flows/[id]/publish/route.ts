import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handlePublish } from "@/features/editor/api/handlePublish";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "flows.publish", async (session) => handlePublish(getPrisma(), session, id, await readJsonBody(request)));
}
