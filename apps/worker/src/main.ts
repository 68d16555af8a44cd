import { createMediaStorage } from "@centrala/media";
import { readWorkerEnv, readWorkerMediaSettings } from "./env";
import { startWorker } from "./startWorker";

// The worker process `npm start` runs beside the web app and the voice runtime.
const env = readWorkerEnv();
const mediaStorage = createMediaStorage(readWorkerMediaSettings());
const log = (message: string, detail: Record<string, unknown> = {}) => console.log(JSON.stringify({ time: new Date().toISOString(), component: "worker", message, ...detail }));
const worker = await startWorker({ databaseUrl: env.DATABASE_URL, smtpUrl: env.SMTP_URL, mailFrom: env.MAIL_FROM, publicWebUrl: env.PUBLIC_WEB_URL, mediaStorage, log });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
