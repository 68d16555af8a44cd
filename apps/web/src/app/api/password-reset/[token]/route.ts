import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { handleResetPassword } from "@/features/team/handlePasswords";
import { withPublicLocale } from "@/features/workspace/withPublicLocale";

type Context = { params: Promise<{ token: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const body = await readJsonBody(request);
  return withPublicLocale((locale) => handleResetPassword(getPrisma(), token, body, locale));
}
