import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleSearchPool } from "@/features/numbers/handleNumbers";

export function GET(request: Request): Promise<Response> {
  const prefix = new URL(request.url).searchParams.get("prefix") ?? "";
  return withApiSession(request, "numbers.manage", (session) => handleSearchPool(getPrisma(), session, prefix));
}
