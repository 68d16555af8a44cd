import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleGettingStarted } from "@/features/settings/handleSettings";

export function GET(): Promise<Response> {
  return withApiSession((session) => handleGettingStarted(getPrisma(), session));
}
