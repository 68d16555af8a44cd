import { getPrisma } from "@centrala/db";
import { handleDescribeInvite } from "@/features/team/handleInvitations";
import { withPublicLocale } from "@/features/workspace/withPublicLocale";

type Context = { params: Promise<{ token: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  return withPublicLocale((locale) => handleDescribeInvite(getPrisma(), token, locale));
}
