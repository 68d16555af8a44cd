import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleRestoreRecording } from "@/features/recordings/api/handleRecordings";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "recordings.listen", (session) => handleRestoreRecording(getPrisma(), session, id));
}
