import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleResetCredentials } from "@/features/extensions/handleExtensions";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "extensions.manage", (session) => handleResetCredentials(getPrisma(), session, id));
}
