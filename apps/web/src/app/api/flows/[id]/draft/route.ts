import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleSaveDraft } from "@/features/editor/api/handleSaveDraft";

type Context = { params: Promise<{ id: string }> };

export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "flows.edit", async (session) => handleSaveDraft(getPrisma(), session, id, await readJsonBody(request)));
}
