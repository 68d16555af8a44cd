import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { handleAcceptInvite } from "@/features/team/handleInvitations";
import { withPublicLocale } from "@/features/workspace/withPublicLocale";

type Context = { params: Promise<{ token: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const body = await readJsonBody(request);
  return withPublicLocale((locale) => handleAcceptInvite(getPrisma(), token, body, locale));
}
