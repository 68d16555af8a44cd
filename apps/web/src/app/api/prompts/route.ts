import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListPrompts } from "@/features/editor/api/handleTenantResources";

export function GET(): Promise<Response> {
  return withApiSession((session) => handleListPrompts(getPrisma(), session));
}
