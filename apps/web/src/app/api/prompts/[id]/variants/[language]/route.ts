import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleDeleteVariant, handleUploadVariant } from "@/features/prompts/api/handlePrompts";
import { getMediaContext } from "@/features/prompts/getMediaContext";

type Context = { params: Promise<{ id: string; language: string }> };

/** Upload or replace one language's recording: the raw file as the body. */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const { id, language } = await params;
  return withApiSession(request, "prompts.manage", (session) => handleUploadVariant(getPrisma(), session, getMediaContext(), id, language, request));
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id, language } = await params;
  return withApiSession(request, "prompts.manage", (session) => handleDeleteVariant(getPrisma(), session, getMediaContext(), id, language));
}
