import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleStartTestCall } from "@/features/test-call/api/handleStartTestCall";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "flows.edit", async (session) => handleStartTestCall(getPrisma(), session, id, await readJsonBody(request)));
}
