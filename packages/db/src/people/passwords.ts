import type { Db } from "../createPrismaClient";
import { DomainError } from "../errors";
import { createSecretToken, hashSecretToken } from "../tokens/createSecretToken";

/** How long a password-reset link works. */
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Starts a password reset for an e-mail address: returns the person and a token for the e-mail,
 * or null when nobody has that address (the caller answers the same either way).
 */
export async function createPasswordReset(prisma: Db, email: string, now = new Date()) {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, locale: true, memberships: { select: { tenantId: true }, orderBy: { createdAt: "asc" }, take: 1 } },
  });
  if (!user) return null;
  const { token, tokenHash } = createSecretToken();
  await prisma.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS) } });
  return { user: { id: user.id, email: user.email, name: user.name, locale: user.locale, tenantId: user.memberships[0]?.tenantId ?? null }, token };
}

/**
 * Sets a new password with a reset link. The link works once (a conditional UPDATE uses it up),
 * every other open link of the person stops working too, and every signed-in browser is signed out.
 */
export async function resetPasswordWithToken(prisma: Db, input: { token: string; passwordHash: string }, now = new Date()) {
  const tokenHash = hashSecretToken(input.token);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.passwordReset.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    const reset = await tx.passwordReset.findUnique({ where: { tokenHash }, select: { userId: true, usedAt: true } });
    if (!reset) throw new DomainError("TOKEN_INVALID", "This reset link is not valid: check that it was copied whole");
    if (count === 0) {
      throw reset.usedAt
        ? new DomainError("TOKEN_USED", "This reset link was already used: ask for a new one")
        : new DomainError("TOKEN_EXPIRED", "This reset link has expired: ask for a new one");
    }
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash: input.passwordHash } });
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    // Whoever knew the old password may be signed in somewhere: every browser signs in again.
    await tx.authSession.deleteMany({ where: { userId: reset.userId } });
    return { userId: reset.userId };
  });
}

/** The stored password hash of a person (to check their current password before a change). */
export async function readPasswordHash(prisma: Db, userId: string): Promise<string | null> {
  return (await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } }))?.passwordHash ?? null;
}

/**
 * Replaces a person's password (after the caller checked the current one); open reset links stop
 * working, and every browser signed in as them signs in again except `keepSessionId`, the one that
 * made the change. Returns how many sessions ended.
 */
export async function setPassword(prisma: Db, input: { userId: string; passwordHash: string; keepSessionId?: string | null }, now = new Date()): Promise<number> {
  const keep = input.keepSessionId ? { NOT: { id: hashSecretToken(input.keepSessionId) } } : {};
  const [, , ended] = await prisma.$transaction([
    prisma.user.update({ where: { id: input.userId }, data: { passwordHash: input.passwordHash } }),
    prisma.passwordReset.updateMany({ where: { userId: input.userId, usedAt: null }, data: { usedAt: now } }),
    prisma.authSession.deleteMany({ where: { userId: input.userId, ...keep } }),
  ]);
  return ended.count;
}
