import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { readSessionId } from "@/features/auth/readSessionId";
import { handleChangePassword } from "@/features/team/handlePasswords";

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "account.manage", async (session) =>
    handleChangePassword(getPrisma(), session, await readJsonBody(request), await readSessionId(request)));
}
