import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { handleCreatePrompt, handleListPromptLibrary } from "@/features/prompts/api/handlePrompts";
import { getMediaContext } from "@/features/prompts/getMediaContext";

export function GET(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams.get("q") ?? undefined;
  return withApiSession(request, "workspace.view", (session) => handleListPromptLibrary(getPrisma(), session, getMediaContext(), search));
}

export function POST(request: Request): Promise<Response> {
  return withApiSession(request, "prompts.manage", async (session) => handleCreatePrompt(getPrisma(), session, getMediaContext(), await readJsonBody(request)));
}
