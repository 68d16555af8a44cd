import { randomBytes } from "node:crypto";
import type { Db } from "../createPrismaClient";
import { createTenantWithOwner } from "../tenants";

/** A fresh tenant with an owner, unique per call, for tests that share one database. */
export async function createTestTenant(prisma: Db, label = "Test") {
  const id = randomBytes(5).toString("hex");
  return createTenantWithOwner(prisma, {
    tenantName: `${label} ${id}`, email: `${label.toLowerCase()}-${id}@example.test`, name: `${label} Owner`, passwordHash: "not-a-real-hash",
  });
}
