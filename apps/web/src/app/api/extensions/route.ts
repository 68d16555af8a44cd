import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListExtensions } from "@/features/editor/api/handleTenantResources";

export function GET(): Promise<Response> {
  return withApiSession((session) => handleListExtensions(getPrisma(), session));
}
