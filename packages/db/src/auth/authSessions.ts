import type { Db } from "../createPrismaClient";
import { createSecretToken, hashSecretToken } from "../tokens/createSecretToken";
import type { Role } from "../generated/prisma/enums";

/** How long a signed-in browser stays signed in: idle time without any request, and at most in all. */
export type AuthSessionLifetime = { idleMs: number; absoluteMs: number };

/** lastSeenAt is written at most this often per session (a request per click must not mean a write per click). */
const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;

/**
 * Opens a server-side session for a person who just signed in. Returns the id the session cookie
 * carries; only its SHA-256 is stored. The person's expired sessions are cleared on the way.
 */
export async function createAuthSession(
  prisma: Db, input: { userId: string; lifetime: AuthSessionLifetime }, now = new Date(),
): Promise<{ sessionId: string; expiresAt: Date }> {
  const { token, tokenHash } = createSecretToken();
  const expiresAt = new Date(now.getTime() + input.lifetime.absoluteMs);
  await prisma.$transaction([
    prisma.authSession.deleteMany({
      where: { userId: input.userId, OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - input.lifetime.idleMs) } }] },
    }),
    prisma.authSession.create({ data: { id: tokenHash, userId: input.userId, createdAt: now, lastSeenAt: now, expiresAt } }),
  ]);
  return { sessionId: token, expiresAt };
}

/** What a live session is allowed now: the person's current role and organisation name (roles change). */
/** A live session; `role` and `tenantName` are null once the person is no longer a member of the organisation it names. */
export type LiveAuthSession = { userId: string; role: Role | null; tenantName: string | null };

/**
 * Checks a session cookie's id on a request: null when it was signed out, has expired, has been idle
 * too long, or the person is no longer a member of the organisation the cookie names.
 */
export async function checkAuthSession(
  prisma: Db, input: { sessionId: string; userId: string; tenantId: string; idleMs: number }, now = new Date(),
): Promise<LiveAuthSession | null> {
  const id = hashSecretToken(input.sessionId);
  const row = await prisma.authSession.findUnique({
    where: { id },
    select: {
      userId: true, lastSeenAt: true, expiresAt: true,
      user: { select: { memberships: { where: { tenantId: input.tenantId }, select: { role: true, tenant: { select: { name: true } } } } } },
    },
  });
  if (!row || row.userId !== input.userId) return null;
  if (row.expiresAt <= now || row.lastSeenAt.getTime() <= now.getTime() - input.idleMs) {
    await prisma.authSession.deleteMany({ where: { id } });
    return null;
  }
  const membership = row.user.memberships[0];
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await prisma.authSession.updateMany({ where: { id, lastSeenAt: row.lastSeenAt }, data: { lastSeenAt: now } });
  }
  // A removed member keeps a live session (the account is still theirs), so pages and the API can
  // tell them their membership ended instead of sending them to the sign-in page.
  return { userId: row.userId, role: membership?.role ?? null, tenantName: membership?.tenant.name ?? null };
}

/** Signs one browser out on the server: its cookie stops working everywhere it was copied to. */
export async function revokeAuthSession(prisma: Db, sessionId: string): Promise<void> {
  await prisma.authSession.deleteMany({ where: { id: hashSecretToken(sessionId) } });
}

/** Signs a person out everywhere (after a password reset). Returns how many sessions ended. */
export async function revokeUserAuthSessions(prisma: Db, userId: string): Promise<number> {
  return (await prisma.authSession.deleteMany({ where: { userId } })).count;
}
