import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListFlowTemplates } from "@/features/flows/handleFlowTemplates";

export function GET(request: Request): Promise<Response> {
  return withApiSession(request, "flows.view", (session) => handleListFlowTemplates(getPrisma(), session));
}
