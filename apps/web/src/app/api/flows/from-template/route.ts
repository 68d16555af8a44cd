import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleCreateFlowFromTemplate } from "@/features/flows/handleFlowTemplates";

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "flows.edit", async (session) => handleCreateFlowFromTemplate(getPrisma(), session, await readJsonBody(request)));
}
