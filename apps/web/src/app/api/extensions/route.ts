import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleCreateExtension, handleListExtensionsFull } from "@/features/extensions/handleExtensions";

export function GET(request: Request): Promise<Response> {
  return withApiSession(request, "workspace.view", (session) => handleListExtensionsFull(getPrisma(), session));
}

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "extensions.manage", async (session) => handleCreateExtension(getPrisma(), session, await readJsonBody(request)));
}
