import { getPrisma } from "@centrala/db";
import { withApiSession } from "@/features/api/withApiSession";
import { handleListFlowTemplates } from "@/features/flows/handleFlowTemplates";

export function GET(): Promise<Response> {
  return withApiSession((session) => handleListFlowTemplates(getPrisma(), session));
}
