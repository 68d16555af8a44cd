import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleDeletePrompt, handleGetPrompt, handlePatchPrompt } from "@/features/prompts/api/handlePrompts";
import { getMediaContext } from "@/features/prompts/getMediaContext";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "workspace.view", (session) => handleGetPrompt(getPrisma(), session, getMediaContext(), id));
}

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "prompts.manage", async (session) => handlePatchPrompt(getPrisma(), session, getMediaContext(), id, await readJsonBody(request)));
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "prompts.manage", (session) => handleDeletePrompt(getPrisma(), session, getMediaContext(), id));
}
