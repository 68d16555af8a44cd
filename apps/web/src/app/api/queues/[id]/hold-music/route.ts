import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleGetQueueHoldMusic, handlePutQueueHoldMusic } from "@/features/prompts/api/handleQueueHoldMusic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "workspace.view", (session) => handleGetQueueHoldMusic(getPrisma(), session, id));
}

export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "queues.manage", async (session) => handlePutQueueHoldMusic(getPrisma(), session, id, await readJsonBody(request)));
}
