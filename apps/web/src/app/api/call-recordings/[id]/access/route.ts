import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { getMediaContext } from "@/features/prompts/getMediaContext";
import { handleRecordingAccess } from "@/features/recordings/api/handleCallRecordings";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "recordings.listen", async (session) =>
    handleRecordingAccess(getPrisma(), session, { signingKey: getMediaContext().settings.signingKey, origin: "" }, id, await readJsonBody(request)));
}
