import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleCallTrace } from "@/features/test-call/api/handleCallTrace";

type Context = { params: Promise<{ callSid: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { callSid } = await params;
  return withApiSession(request, "calls.view", (session) => handleCallTrace(getPrisma(), session, callSid));
}
