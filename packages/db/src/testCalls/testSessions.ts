import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../createPrismaClient";
import { SCOPED_TENANT, type TenantDb } from "../forTenant";
import type { InputJsonValue } from "../generated/prisma/internal/prismaNamespace";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Lets the editor test-call a draft: stores the compiled draft for its tenant and returns a random
 * token (only its hash is kept). The runtime runs exactly this IR for whoever presents the token
 * before it expires — never another tenant's flow, never a different draft.
 */
export async function createTestSession(db: TenantDb, input: { flowId: string; ir: unknown; userId?: string; ttlMs?: number; now?: Date; at?: Date | null }) {
  const flow = await db.flow.findFirst({ where: { id: input.flowId }, select: { id: true } });
  if (!flow) return null;
  const token = randomBytes(32).toString("base64url");
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (input.ttlMs ?? 10 * 60_000));
  await db.testSession.create({
    data: { flowId: flow.id, tokenHash: hashToken(token), ir: input.ir as InputJsonValue, createdById: input.userId ?? null, expiresAt, at: input.at ?? null, tenantId: SCOPED_TENANT },
  });
  return { token, expiresAt };
}

/** The runtime's side: the session behind a token, with its tenant, or null if unknown or expired. */
export async function redeemTestSession(prisma: Db, token: string, now: Date = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await prisma.testSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, flowId: true, ir: true, expiresAt: true, at: true, tenant: { select: { id: true, name: true, timezone: true, language: true, sipRealm: true, fallbackNumber: true } } },
  });
  if (!row || row.expiresAt <= now) return null;
  return { id: row.id, flowId: row.flowId, ir: row.ir, at: row.at, tenant: row.tenant };
}

/**
 * Whether a token names a test session at all (expired ones included, so their caller can be told
 * the session expired): the runtime lets a test-call WebSocket connect only then.
 */
export async function isKnownTestToken(prisma: Db, token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
  return (await prisma.testSession.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true } })) !== null;
}

/** A test session's IR by id, for a test call that reconnects. */
export async function loadTestSessionIr(prisma: Db, tenantId: string, id: string) {
  return prisma.testSession.findFirst({ where: { id, tenantId }, select: { id: true, ir: true } });
}
