import { getPrisma } from "@centrala/db";
import { readJsonBody } from "@/features/api/readJsonBody";
import { withApiSession } from "@/features/api/withApiSession";
import { createNumberProvisioner } from "@/features/numbers/createNumberProvisioner";
import { handleGetNumber, handlePatchNumber, handleReleaseNumber } from "@/features/numbers/handleNumbers";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "workspace.view", (session) => handleGetNumber(getPrisma(), session, id));
}

export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "numbers.manage", async (session) => handlePatchNumber(getPrisma(), session, id, await readJsonBody(request)));
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withApiSession(request, "numbers.manage", (session) => handleReleaseNumber(getPrisma(), createNumberProvisioner(), session, id));
}
