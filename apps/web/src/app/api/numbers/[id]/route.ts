import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { createNumberProvisioner } from "@/features/numbers/createNumberProvisioner";
import { handleGetNumber, handlePatchNumber, handleReleaseNumber } from "@/features/numbers/handleNumbers";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession((session) => handleGetNumber(getPrisma(), session, id));
}

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(async (session) => handlePatchNumber(getPrisma(), session, id, await readJsonBody(request)));
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession((session) => handleReleaseNumber(getPrisma(), createNumberProvisioner(), session, id));
}
