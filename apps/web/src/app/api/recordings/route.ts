import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListRecordings } from "@/features/recordings/api/handleRecordings";
import { getMediaContext } from "@/features/prompts/getMediaContext";

export function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  return withApiSession(request, "recordings.listen", (session) => handleListRecordings(getPrisma(), session, { signingKey: getMediaContext().settings.signingKey, origin: "" }, query));
}
