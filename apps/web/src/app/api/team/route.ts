import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListTeam } from "@/features/team/handleTeam";

export function GET(): Promise<Response> {
  return withApiSession((session) => handleListTeam(getPrisma(), session));
}
