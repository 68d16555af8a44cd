import type { Pool } from "pg";
import type { CallEnd, CallStart, CallTraceEvent } from "./createTraceWriter";

/** What a reaped call still owes the call log, read from its stored state by the runtime. */
export type RecoveredCall = { call?: CallStart; events: CallTraceEvent[]; end: CallEnd; lost: boolean };

export type CallReaperOptions = {
  instanceId: string;
  /** How long a call may go unheard (socket closed, or its instance silent) before it is closed as lost (default 30 s). */
  graceMs?: number;
  /** How often the heartbeat is written and orphans are looked for (default 5 s). */
  intervalMs?: number;
  /** Calls this instance carries right now (never reaped, whatever the table says). */
  isLive: (callSid: string) => boolean;
  /** Reads a stored call state into the records it still owes; null if unreadable. */
  recover: (state: unknown, lastHeard: Date) => RecoveredCall | null;
  onReaped?: (calls: RecoveredCall[]) => void;
  onError?: (err: unknown) => void;
};

/**
 * Keeps calls from being left "in progress" for ever. Every instance writes a heartbeat; every
 * instance looks for calls nobody has heard for `graceMs`: a socket that closed without the call
 * ending and no reconnect followed (jambonz gives up within about 20 s), or an instance that died
 * with its calls. Each such call gets the records its state still owes (its call row, trace
 * events not yet written, its end: "lost" at the time it was last heard, or the outcome it had
 * already reached) in one transaction with the removal of its state, so two instances never reap
 * the same call and a reaper that dies mid-way leaves it for the next.
 */
export function createCallReaper(pool: Pool, opts: CallReaperOptions) {
  const graceMs = opts.graceMs ?? 30_000;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function beat(): Promise<void> {
    await pool.query({
      name: "runtime_instance_heartbeat",
      text: `INSERT INTO "RuntimeInstance" ("id", "startedAt", "heartbeatAt") VALUES ($1, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
             ON CONFLICT ("id") DO UPDATE SET "heartbeatAt" = EXCLUDED."heartbeatAt"`,
      values: [opts.instanceId],
    });
  }

  async function reap(): Promise<RecoveredCall[]> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      // Times are UTC in timestamp columns (as Prisma writes them); read the instant as ISO text.
      const { rows } = await client.query<{ callSid: string; state: unknown; lastHeard: string }>({
        text: `SELECT s."callSid", s."state", to_char(COALESCE(s."detachedAt", i."heartbeatAt", s."updatedAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastHeard"
               FROM "CallState" s LEFT JOIN "RuntimeInstance" i ON i."id" = s."instanceId"
               WHERE COALESCE(s."detachedAt", i."heartbeatAt", s."updatedAt") < (now() AT TIME ZONE 'UTC') - make_interval(secs => $1::float8 / 1000)
               ORDER BY COALESCE(s."detachedAt", i."heartbeatAt", s."updatedAt") LIMIT 500
               FOR UPDATE OF s SKIP LOCKED`,
        values: [graceMs],
      });
      const reaped = rows.filter((row) => !opts.isLive(row.callSid));
      const recovered = reaped.flatMap((row) => opts.recover(row.state, new Date(row.lastHeard)) ?? []);
      const calls = recovered.flatMap((r) => (r.call ? [r.call] : []));
      const events = recovered.flatMap((r) => r.events);
      const ends = recovered.map((r) => r.end);
      if (calls.length) {
        await client.query({
          text: `INSERT INTO "Call" ("id", "tenantId", "callSid", "flowId", "flowVersionId", "fromNumber", "toNumber", "direction", "isTest", "startedAt")
                 SELECT * FROM json_to_recordset($1::json) AS x("id" text, "tenantId" text, "callSid" text, "flowId" text, "flowVersionId" text,
                   "fromNumber" text, "toNumber" text, "direction" text, "isTest" bool, "startedAt" timestamp)
                 ON CONFLICT DO NOTHING`,
          values: [JSON.stringify(calls)],
        });
      }
      if (events.length) {
        // Only events whose call row exists (a call whose row was never written has nothing to attach them to).
        await client.query({
          text: `INSERT INTO "CallEvent" ("tenantId", "callId", "seq", "at", "type", "nodeId", "data")
                 SELECT x.* FROM json_to_recordset($1::json) AS x("tenantId" text, "callId" text, "seq" int, "at" timestamp, "type" text, "nodeId" text, "data" jsonb)
                 WHERE EXISTS (SELECT 1 FROM "Call" c WHERE c."id" = x."callId" AND c."tenantId" = x."tenantId")
                 ON CONFLICT DO NOTHING`,
          values: [JSON.stringify(events)],
        });
      }
      if (ends.length) {
        // A call whose end is already recorded keeps it.
        await client.query({
          text: `UPDATE "Call" AS c SET "endedAt" = v."endedAt", "outcome" = v."outcome", "answeredAt" = COALESCE(c."answeredAt", v."answeredAt")
                 FROM json_to_recordset($1::json) AS v("id" text, "endedAt" timestamp, "outcome" text, "answeredAt" timestamp)
                 WHERE c."id" = v."id" AND c."endedAt" IS NULL`,
          values: [JSON.stringify(ends)],
        });
      }
      if (reaped.length) {
        await client.query({ text: `DELETE FROM "CallState" WHERE "callSid" = ANY($1::text[])`, values: [reaped.map((row) => row.callSid)] });
      }
      await client.query("COMMIT");
      return recovered;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  function tick(): Promise<void> {
    running ??= (async () => {
      await beat();
      const recovered = await reap();
      if (recovered.length) opts.onReaped?.(recovered);
    })().catch((err: unknown) => opts.onError?.(err)).finally(() => { running = null; });
    return running;
  }

  const timer = setInterval(() => { if (!stopped) void tick(); }, opts.intervalMs ?? 5000);
  timer.unref?.();
  return {
    /** Writes the heartbeat and reaps now. */
    tick,
    /** Stops; `leave` also removes this instance's heartbeat, so its remaining calls are reaped after the grace period. */
    async stop(leave = true): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
      if (leave) await pool.query({ text: `DELETE FROM "RuntimeInstance" WHERE "id" = $1`, values: [opts.instanceId] }).catch(() => {});
    },
  };
}

export type CallReaper = ReturnType<typeof createCallReaper>;
