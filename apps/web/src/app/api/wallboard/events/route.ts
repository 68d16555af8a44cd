import { withApiSession } from "@/features/api/withApiSession";
import { getCallCentreHub } from "@/features/live/getCallCentreHub";
import { streamCallCentreChanges } from "@/features/live/streamCallCentreChanges";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withApiSession(request, "wallboard.view", (session) => streamCallCentreChanges(getCallCentreHub(), session.tenantId, request.signal));
}
