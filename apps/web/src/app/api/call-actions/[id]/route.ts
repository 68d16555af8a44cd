import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleGetCallAction } from "@/features/desk/handleDesk";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "desk.use", (session) => handleGetCallAction(getPrisma(), session, id));
}
