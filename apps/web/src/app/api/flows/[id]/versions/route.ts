import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListVersions } from "@/features/editor/api/handleVersions";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession((session) => handleListVersions(getPrisma(), session, id));
}
