import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListFlowNumbers, handleRouteFlowNumber } from "@/features/editor/api/handleFlowNumbers";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "flows.view", (session) => handleListFlowNumbers(getPrisma(), session, id));
}

export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "flows.publish", async (session) => handleRouteFlowNumber(getPrisma(), session, id, await readJsonBody(request)));
}
