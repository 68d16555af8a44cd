import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { createNumberProvisioner } from "@/features/numbers/createNumberProvisioner";
import { handleClaimNumber, handleListNumbers } from "@/features/numbers/handleNumbers";

export function GET(): Promise<Response> {
  return withApiSession((session) => handleListNumbers(getPrisma(), session));
}

export async function POST(request: Request): Promise<Response> {
  return withApiSession(async (session) => handleClaimNumber(getPrisma(), createNumberProvisioner(), session, await readJsonBody(request)));
}
