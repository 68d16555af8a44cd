import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListCallRecordings } from "@/features/recordings/api/handleCallRecordings";

export function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  return withApiSession(request, "recordings.listen", (session) => handleListCallRecordings(getPrisma(), session, query));
}
