import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleCreateFlow, handleListFlows } from "@/features/flows/handleFlowsCollection";

export function GET(request: Request): Promise<Response> {
  return withApiSession(request, "flows.view", (session) => handleListFlows(getPrisma(), session));
}

export function POST(request: Request): Promise<Response> {
  return withApiSession(request, "flows.edit", async (session) => handleCreateFlow(getPrisma(), session, await readJsonBody(request)));
}
