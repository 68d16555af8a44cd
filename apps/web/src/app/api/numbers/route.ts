import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { createNumberProvisioner } from "@/features/numbers/createNumberProvisioner";
import { handleClaimNumber, handleListNumbers } from "@/features/numbers/handleNumbers";

export function GET(request: Request): Promise<Response> {
  return withApiSession(request, "workspace.view", (session) => handleListNumbers(getPrisma(), session));
}

export async function POST(request: Request): Promise<Response> {
  return withApiSession(request, "numbers.manage", async (session) => handleClaimNumber(getPrisma(), createNumberProvisioner(), session, await readJsonBody(request)));
}
