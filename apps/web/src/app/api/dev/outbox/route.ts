import { getPrisma } from "@centrala/db";
import { getEnv } from "@/env";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListOutbox } from "@/features/team/handleOutbox";

export function GET(request: Request): Promise<Response> {
  return withApiSession(request, "people.manage", (session) => handleListOutbox(getPrisma(), session, Boolean(getEnv().SMTP_URL)));
}
