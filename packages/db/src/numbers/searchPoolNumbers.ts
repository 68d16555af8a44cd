import type { Db } from "../createPrismaClient";

/** Free numbers in the pool whose E.164 form starts with `e164Prefix` (e.g. "+4822"), in order. */
export function searchPoolNumbers(prisma: Db, input: { e164Prefix: string; limit?: number }) {
  return prisma.phoneNumber.findMany({
    where: { tenantId: null, source: "pool", e164: { startsWith: input.e164Prefix } },
    select: { id: true, e164: true },
    orderBy: { e164: "asc" },
    take: Math.min(Math.max(input.limit ?? 20, 1), 100),
  });
}
