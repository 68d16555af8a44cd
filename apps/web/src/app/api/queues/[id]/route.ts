import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleDeleteQueue, handleGetQueue, handlePatchQueue } from "@/features/queues/handleQueues";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "workspace.view", (session) => handleGetQueue(getPrisma(), session, id));
}

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "queues.manage", async (session) => handlePatchQueue(getPrisma(), session, id, await readJsonBody(request)));
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "queues.manage", (session) => handleDeleteQueue(getPrisma(), session, id));
}
