import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleCallTrace } from "@/features/test-call/api/handleCallTrace";

type Context = { params: Promise<{ callSid: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { callSid } = await params;
  return withApiSession((session) => handleCallTrace(getPrisma(), session, callSid));
}
