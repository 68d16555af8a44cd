import "server-only";
import { forbidden } from "next/navigation";
import { can, type Permission } from "./permissions";
import { requireMember, type MemberSession } from "./requireMember";

/**
 * For pages and server actions: the member if their role has `permission` (the permission table),
 * else the "you don't have access" page (HTTP 403). The same table as withApiSession.
 */
export async function requirePermission(permission: Permission): Promise<MemberSession> {
  const member = await requireMember();
  if (!can(member.role, permission)) forbidden();
  return member;
}
