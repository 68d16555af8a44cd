import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleDeleteRecording, handlePatchRecording } from "@/features/recordings/api/handleRecordings";

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "recordings.listen", async (session) => handlePatchRecording(getPrisma(), session, id, await readJsonBody(request)));
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "recordings.listen", (session) => handleDeleteRecording(getPrisma(), session, id));
}
