import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleDeleteExtension, handleGetExtension, handlePatchExtension } from "@/features/extensions/handleExtensions";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession((session) => handleGetExtension(getPrisma(), session, id));
}

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(async (session) => handlePatchExtension(getPrisma(), session, id, await readJsonBody(request)));
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession((session) => handleDeleteExtension(getPrisma(), session, id));
}
