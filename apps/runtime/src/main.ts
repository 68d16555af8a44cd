import { createPrismaClient } from "@centrala/db";
import { readRuntimeEnv } from "./env";
import { createLogger } from "./observability/createLogger";
import { createRuntimeServer } from "./createRuntimeServer";

const env = readRuntimeEnv();
const logger = createLogger(env.LOG_LEVEL);
const prisma = createPrismaClient(env.DATABASE_URL);
const runtime = await createRuntimeServer({ prisma, env, logger });
logger.info({ url: runtime.url, jambonz: runtime.wsUrl }, "Centrala runtime listening");

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping: closing calls and writing call records");
  try {
    await runtime.close();
    await prisma.$disconnect();
  } catch (err) {
    logger.error({ err: err instanceof Error ? err.message : String(err) }, "shutdown was not clean");
    process.exit(1);
  }
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
