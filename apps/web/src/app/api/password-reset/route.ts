import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { handleRequestPasswordReset } from "@/features/team/handlePasswords";
import { readPublicWebUrl } from "@/features/workspace/readPublicWebUrl";
import { withPublicLocale } from "@/features/workspace/withPublicLocale";

export async function POST(request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  return withPublicLocale((locale) => handleRequestPasswordReset(getPrisma(), body, locale, readPublicWebUrl()));
}
