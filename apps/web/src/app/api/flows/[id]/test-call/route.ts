import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleStartTestCall } from "@/features/test-call/api/handleStartTestCall";

type Context = { params: Promise<{ id: string }> };

export async function POST(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession((session) => handleStartTestCall(getPrisma(), session, id));
}
