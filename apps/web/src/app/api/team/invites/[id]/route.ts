import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleRevokeInvite } from "@/features/team/handleTeam";

type Context = { params: Promise<{ id: string }> };

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "people.manage", (session) => handleRevokeInvite(getPrisma(), session, id));
}
