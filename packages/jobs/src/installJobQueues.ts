import PgBoss from "pg-boss";
import { jobDefinitions } from "./jobDefinitions";
import { DEFAULT_JOB_SCHEMA } from "./sendJob";

/**
 * Creates (or upgrades) pg-boss's tables in the `pgboss` schema and one queue per job with its
 * retry policy. Idempotent and safe to run from several processes at once (pg-boss takes an
 * advisory lock); the worker runs it on start, tests before sending jobs.
 */
export async function installJobQueues(connectionString: string, schema = DEFAULT_JOB_SCHEMA): Promise<void> {
  const boss = new PgBoss({ connectionString, schema, max: 2, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => {});
  await boss.start();
  try {
    const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
    for (const definition of Object.values(jobDefinitions)) {
      const options = { name: definition.queue, ...definition.retry };
      if (existing.has(definition.queue)) await boss.updateQueue(definition.queue, options);
      else await boss.createQueue(definition.queue, options);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
