import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleDeleteFlow, handleGetFlow, handlePatchFlow } from "@/features/flows/handleFlowItem";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "flows.view", (session) => handleGetFlow(getPrisma(), session, id));
}

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "flows.edit", async (session) => handlePatchFlow(getPrisma(), session, id, await readJsonBody(request)));
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "flows.edit", (session) => handleDeleteFlow(getPrisma(), session, id));
}
