import { createPrismaClient } from "@centrala/db";
import { readRuntimeEnv } from "./env";
import { createRuntimeServer } from "./createRuntimeServer";

const env = readRuntimeEnv();
const prisma = createPrismaClient(env.DATABASE_URL);
const server = await createRuntimeServer({ prisma, host: env.RUNTIME_HOST, port: env.RUNTIME_PORT });
console.log(`Centrala runtime listening on ${server.url}`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the runtime`);
  await server.close();
  await prisma.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
