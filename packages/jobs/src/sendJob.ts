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

// Never started and never connects: it only builds pg-boss's insert, run on the caller's client.
const sender = new PgBoss({ db: { executeSql: () => Promise.reject(new Error("jobs are sent through a client")) } });

/**
 * Queues a job on the given client (inside its transaction when it is one). `singletonKey` makes
 * the job idempotent: a second one with the same key is not queued while the first is waiting.
 * Throws when the job queue is not installed (installJobQueues), rather than dropping the job.
 */
export async function sendJob<N extends JobName>(client: SqlClient, name: N, payload: JobPayload<N>, options: { singletonKey?: string; startAfterSeconds?: number } = {}) {
  const definition = jobDefinitions[name];
  const data = definition.schema.parse(payload);
  const id = await sender.send(definition.queue, data as object, {
    db: convertClientToExecutor(client),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  });
  if (id === null && !options.singletonKey) {
    throw new Error(`The job queue "${definition.queue}" is not installed: start the worker once (npm start does) or run installJobQueues`);
  }
  return id;
}
