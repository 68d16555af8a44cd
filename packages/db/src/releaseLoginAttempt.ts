import type { Db } from "./createPrismaClient";

/**
 * Gives back one counted attempt per key. A successful sign-in calls this for its IP key, so a busy
 * office behind one address is limited by its failed attempts only.
 */
export async function releaseLoginAttempt(prisma: Db, keys: string[]): Promise<void> {
  await prisma.loginAttempt.updateMany({ where: { key: { in: keys }, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
