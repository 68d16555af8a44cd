import type { Pool, PoolClient } from "pg";
import type { CallEnd, CallStart, CallTraceEvent } from "./createTraceWriter";

type Queryable = Pick<Pool | PoolClient, "query">;

/** A refusal of the rows themselves (with a SQLSTATE, so it is not taken for an outage and retried). */
export class RefusedRowsError extends Error {
  constructor(message: string, readonly code: "23503" | "23505") {
    super(message);
  }
}

// Each batch goes to PostgreSQL as one JSON document that it unpacks into rows: one JSON.stringify
// on the event loop instead of pg escaping every element of a dozen arrays. (Dates serialise as ISO
// text, which PostgreSQL reads into the timestamp columns.) The statements are unnamed, so each
// batch is planned with the table as it is now: a plan kept from when a table was nearly empty
// could scan it whole once it has grown.

/** Inserts call rows; a row already there under the same id is fine. Returns the call sids another call already holds. */
export async function writeCallStarts(db: Queryable, rows: CallStart[]): Promise<string[]> {
  const { rows: inserted } = await db.query<{ id: string }>({
    text: `INSERT INTO "Call" ("id", "tenantId", "callSid", "flowId", "flowVersionId", "fromNumber", "toNumber", "direction", "isTest", "startedAt")
           SELECT * FROM json_to_recordset($1::json) AS x("id" text, "tenantId" text, "callSid" text, "flowId" text, "flowVersionId" text,
             "fromNumber" text, "toNumber" text, "direction" text, "isTest" bool, "startedAt" timestamp)
           ON CONFLICT DO NOTHING
           RETURNING "id"`,
    values: [JSON.stringify(rows)],
  });
  if (inserted.length === rows.length) return [];
  // Skipped rows: either written before (a resumed call sending its records again) or a different
  // call under a call sid that is taken.
  const done = new Set(inserted.map((r) => r.id));
  const skipped = rows.filter((r) => !done.has(r.id));
  const { rows: existing } = await db.query<{ id: string }>({ text: `SELECT "id" FROM "Call" WHERE "id" = ANY($1::text[])`, values: [skipped.map((r) => r.id)] });
  const known = new Set(existing.map((r) => r.id));
  return skipped.filter((r) => !known.has(r.id)).map((r) => r.callSid);
}

/** Inserts trace events; an event already there (same call and seq) is left as it is. */
export async function writeCallEvents(db: Queryable, rows: CallTraceEvent[]): Promise<void> {
  await db.query({
    text: `INSERT INTO "CallEvent" ("tenantId", "callId", "seq", "at", "type", "nodeId", "data")
           SELECT * FROM json_to_recordset($1::json) AS x("tenantId" text, "callId" text, "seq" int, "at" timestamp, "type" text, "nodeId" text, "data" jsonb)
           ON CONFLICT DO NOTHING`,
    values: [JSON.stringify(rows)],
  });
}

/** Records how calls ended; refuses (throws) when one of them has no call row. */
export async function writeCallEnds(db: Queryable, rows: CallEnd[]): Promise<void> {
  const { rowCount } = await db.query({
    text: `UPDATE "Call" AS c SET "endedAt" = v."endedAt", "outcome" = v."outcome", "answeredAt" = COALESCE(v."answeredAt", c."answeredAt")
           FROM json_to_recordset($1::json) AS v("id" text, "endedAt" timestamp, "outcome" text, "answeredAt" timestamp)
           WHERE c.id = v.id`,
    values: [JSON.stringify(rows)],
  });
  if ((rowCount ?? 0) < rows.length) throw new RefusedRowsError("the end of a call that has no call row", "23503");
}
