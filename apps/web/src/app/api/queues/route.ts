import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleCreateQueue, handleListQueues } from "@/features/queues/handleQueues";

export function GET(request: Request): Promise<Response> {
  return withApiSession(request, "workspace.view", (session) => handleListQueues(getPrisma(), session));
}

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "queues.manage", async (session) => handleCreateQueue(getPrisma(), session, await readJsonBody(request)));
}
