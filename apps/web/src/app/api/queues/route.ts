import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleCreateQueue, handleListQueues } from "@/features/queues/handleQueues";

export function GET(): Promise<Response> {
  return withApiSession((session) => handleListQueues(getPrisma(), session));
}

export async function POST(request: Request): Promise<Response> {
  return withApiSession(async (session) => handleCreateQueue(getPrisma(), session, await readJsonBody(request)));
}
