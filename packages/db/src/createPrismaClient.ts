import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { readDatabaseUrl } from "./readDatabaseUrl";

export type Db = PrismaClient;

/** Opens a Prisma client on PostgreSQL through the pg driver adapter (no native engine). */
export function createPrismaClient(url: string = readDatabaseUrl(), poolSize = 10): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }) });
}

const holder = globalThis as unknown as { __centralaPrisma?: Db };

/** The process-wide client (kept on globalThis so hot reloads in development reuse one pool). */
export function getPrisma(): Db {
  holder.__centralaPrisma ??= createPrismaClient();
  return holder.__centralaPrisma;
}
