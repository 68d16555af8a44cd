import PgBoss from "pg-boss";
import { jobDefinitions, type JobName, type JobPayload } from "./jobDefinitions";

/** Anything that can run SQL with positional parameters: a Prisma client or transaction. */
export type SqlClient = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

/** Lets pg-boss insert through a Prisma client, so a job commits or rolls back with the rows it concerns. */
function convertClientToExecutor(client: SqlClient) {
  return {
    async executeSql(text: string, values: unknown[]) {
      return { rows: await client.$queryRawUnsafe<unknown[]>(text, ...values) };
    },
  };
}

/** pg-boss's schema: `pgboss` everywhere but in tests that need a job queue of their own. */
export const DEFAULT_JOB_SCHEMA = "pgboss";

// Never started and never connect: they only build pg-boss's insert, run on the caller's client.
const senders = new Map<string, PgBoss>();
function readSender(schema: string): PgBoss {
  let sender = senders.get(schema);
  if (!sender) {
    sender = new PgBoss({ schema, db: { executeSql: () => Promise.reject(new Error("jobs are sent through a client")) } });
    senders.set(schema, sender);
  }
  return sender;
}

/**
 * Queues a job on the given client (inside its transaction when it is one). `singletonKey` makes
 * the job idempotent: a second one with the same key is not queued while the first is waiting.
 * Throws when the job queue is not installed (installJobQueues), rather than dropping the job.
 */
export async function sendJob<N extends JobName>(client: SqlClient, name: N, payload: JobPayload<N>, options: { singletonKey?: string; startAfterSeconds?: number; schema?: string } = {}) {
  const definition = jobDefinitions[name];
  const data = definition.schema.parse(payload);
  const id = await readSender(options.schema ?? DEFAULT_JOB_SCHEMA).send(definition.queue, data as object, {
    db: convertClientToExecutor(client),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  });
  if (id === null && !options.singletonKey) {
    throw new Error(`The job queue "${definition.queue}" is not installed: start the worker once (npm start does) or run installJobQueues`);
  }
  return id;
}
