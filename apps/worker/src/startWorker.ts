import pg from "pg";
import PgBoss from "pg-boss";
import { createPrismaClient } from "@centrala/db";
import { DEFAULT_JOB_SCHEMA, installJobQueues, jobDefinitions, sendJob } from "@centrala/jobs";
import { createMailTransport } from "@centrala/mail";
import type { MediaStorage } from "@centrala/media";
import { deliverEmail } from "./jobs/deliverEmail";
import { notifyVoicemail } from "./jobs/notifyVoicemail";
import { purgeRecordings } from "./jobs/purgeRecordings";
import { sweepVoicemails } from "./jobs/sweepVoicemails";

export type WorkerOptions = {
  databaseUrl: string;
  smtpUrl?: string | undefined;
  mailFrom: string;
  publicWebUrl: string;
  /** How often to look for voicemails whose notice was missed (e.g. while the worker was down). */
  sweepEveryMs?: number;
  /** Where recordings' files live: given, the worker deletes expired recordings (retention) hourly. */
  mediaStorage?: MediaStorage;
  /** How often to queue the recordings purge job. */
  purgeEveryMs?: number;
  /** Seconds between pg-boss polls for new jobs (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  log?: (message: string, detail?: Record<string, unknown>) => void;
  /** pg-boss's schema; only tests that need a job queue of their own change it. */
  jobSchema?: string;
};

/** The channel the Recording trigger notifies on when a voicemail is stored (see the workspace migration). */
export const VOICEMAIL_CHANNEL = "centrala_voicemail";

/**
 * Runs the background jobs: installs the queues, works e-mail delivery and voicemail notices with
 * pg-boss (retries with backoff), and listens for new voicemails, sweeping once at start and then
 * periodically for any it missed. Returns a stop function that lets running jobs finish.
 */
export async function startWorker(options: WorkerOptions) {
  const log = options.log ?? (() => {});
  const schema = options.jobSchema ?? DEFAULT_JOB_SCHEMA;
  await installJobQueues(options.databaseUrl, schema);
  const prisma = createPrismaClient(options.databaseUrl, 4);
  const transport = options.smtpUrl ? createMailTransport(options.smtpUrl) : null;
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema, max: 4, migrate: false, schedule: false });
  boss.on("error", (error) => log("job queue error", { error: error.message }));
  await boss.start();
  const work = { includeMetadata: true as const, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  await boss.work<{ emailId: string }>(jobDefinitions.sendEmail.queue, work, async ([job]) => {
    if (!job) return;
    const { emailId } = jobDefinitions.sendEmail.schema.parse(job.data);
    const result = await deliverEmail(prisma, { transport, from: options.mailFrom }, { emailId, lastTry: job.retryCount >= job.retryLimit });
    log("e-mail delivered", { emailId, result });
  });
  await boss.work<{ recordingId: string }>(jobDefinitions.voicemailReceived.queue, work, async ([job]) => {
    if (!job) return;
    const { recordingId } = jobDefinitions.voicemailReceived.schema.parse(job.data);
    const queued = await notifyVoicemail(prisma, { publicWebUrl: options.publicWebUrl, jobSchema: schema }, { recordingId });
    log("voicemail notices queued", { recordingId, queued });
  });
  const storage = options.mediaStorage;
  const queuePurge = () => sendJob(prisma, "purgeRecordings", {}, { singletonKey: "recordings-purge", schema })
    .catch((error: Error) => log("recordings purge not queued", { error: error.message }));
  if (storage) {
    await boss.work(jobDefinitions.purgeRecordings.queue, work, async ([job]) => {
      if (!job) return;
      const purged = await purgeRecordings(prisma, storage);
      log("recordings purged", purged);
    });
    await queuePurge();
  }
  const purgeTimer = storage ? setInterval(() => void queuePurge(), options.purgeEveryMs ?? 60 * 60_000) : null;
  purgeTimer?.unref();

  let sweeping: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    sweeping = sweeping.then(() => sweepVoicemails(prisma, schema)).catch((error: Error) => log("voicemail sweep failed", { error: error.message }));
    return sweeping;
  };
  const listener = new pg.Client({ connectionString: options.databaseUrl });
  listener.on("error", (error) => log("voicemail listener error", { error: error.message }));
  listener.on("notification", () => void sweep());
  await listener.connect();
  await listener.query(`LISTEN ${VOICEMAIL_CHANNEL}`);
  await sweep();
  const timer = setInterval(() => void sweep(), options.sweepEveryMs ?? 60_000);
  timer.unref();
  log("worker started", { smtp: transport ? "configured" : "none: e-mail stays in the outbox" });

  return {
    sweep,
    /** Queues the recordings purge now (it also runs hourly). */
    queuePurge,
    async stop() {
      clearInterval(timer);
      if (purgeTimer) clearInterval(purgeTimer);
      await listener.end().catch(() => {});
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await sweeping;
      transport?.close();
      await prisma.$disconnect();
    },
  };
}
