import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleDeleteExtension, handleGetExtension, handlePatchExtension } from "@/features/extensions/handleExtensions";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "workspace.view", (session) => handleGetExtension(getPrisma(), session, id));
}

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "extensions.manage", async (session) => handlePatchExtension(getPrisma(), session, id, await readJsonBody(request)));
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "extensions.manage", (session) => handleDeleteExtension(getPrisma(), session, id));
}
