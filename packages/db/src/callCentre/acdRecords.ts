import type { AcdState, ChangedIds } from "@centrala/acd";
import { migrateAcdState } from "@centrala/acd";

/** Anything that runs SQL with positional parameters: a pg Pool or Client, or a transaction's client. */
export type SqlRunner = { query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }> };

/** The dispatcher's bookkeeping stored beside its state: the day its figures count, for the midnight reset. */
export type AcdMeta = { version: 1; now: number; seq: number; idPrefix: string; day: string | null };

const TABLES = ["queues", "agents", "callers", "offers"] as const;
const KIND = { queues: "queue", agents: "agent", callers: "caller", offers: "offer" } as const;
type TableName = (typeof TABLES)[number];

/** A tenant's stored dispatcher state (AcdRecord rows), or null when it has never dispatched. */
export async function loadAcdRecords(sql: SqlRunner, tenantId: string): Promise<{ state: AcdState; day: string | null } | null> {
  const { rows } = await sql.query<{ kind: string; id: string; data: unknown }>(`SELECT kind, id, data FROM "AcdRecord" WHERE "tenantId" = $1`, [tenantId]);
  const meta = rows.find((row) => row.kind === "meta");
  if (!meta) return null;
  const { day, ...head } = meta.data as AcdMeta;
  const stored: Record<string, unknown> = { ...head, queues: {}, agents: {}, callers: {}, offers: {} };
  const byKind = Object.fromEntries(TABLES.map((table) => [KIND[table], stored[table] as Record<string, unknown>]));
  for (const row of rows) if (row.kind !== "meta") (byKind[row.kind] ?? {})[row.id] = row.data;
  return { state: migrateAcdState(stored), day };
}

/** The rows one dispatch batch changed: what to upsert and what to delete. */
export type AcdRowChanges = { upserts: { kind: string; id: string; data: unknown }[]; deletes: { kind: string; id: string }[] };

/** Turns the ids a dispatch changed into rows to write (records still present) and to delete (gone). */
export function collectAcdRowChanges(state: AcdState, changed: ChangedIds, day: string | null): AcdRowChanges {
  const upserts: AcdRowChanges["upserts"] = [];
  const deletes: AcdRowChanges["deletes"] = [];
  for (const table of TABLES) {
    const records = state[table] as Record<string, unknown>;
    for (const id of changed[table]) {
      const record = records[id];
      if (record === undefined) deletes.push({ kind: KIND[table], id });
      else upserts.push({ kind: KIND[table], id, data: record });
    }
  }
  const meta: AcdMeta = { version: state.version, now: state.now, seq: state.seq, idPrefix: state.idPrefix, day };
  upserts.push({ kind: "meta", id: "state", data: meta });
  return { upserts, deletes };
}

/** Merges the ids changed by successive dispatches of one batch. */
export function mergeChangedIds(into: ChangedIds, more: ChangedIds): ChangedIds {
  for (const table of TABLES as readonly TableName[]) {
    const seen = new Set(into[table]);
    for (const id of more[table]) if (!seen.has(id)) into[table].push(id);
  }
  return into;
}

/** Writes one tenant's changed rows (inside the caller's transaction). */
export async function saveAcdRows(sql: SqlRunner, tenantId: string, changes: AcdRowChanges): Promise<void> {
  if (changes.upserts.length) {
    await sql.query(
      `INSERT INTO "AcdRecord" ("tenantId", kind, id, data, "updatedAt")
       SELECT $1, t.kind, t.id, t.data, now() FROM unnest($2::text[], $3::text[], $4::jsonb[]) AS t(kind, id, data)
       ON CONFLICT ("tenantId", kind, id) DO UPDATE SET data = EXCLUDED.data, "updatedAt" = now()`,
      [tenantId, changes.upserts.map((u) => u.kind), changes.upserts.map((u) => u.id), changes.upserts.map((u) => JSON.stringify(u.data))],
    );
  }
  if (changes.deletes.length) {
    await sql.query(
      `DELETE FROM "AcdRecord" r USING unnest($2::text[], $3::text[]) AS t(kind, id) WHERE r."tenantId" = $1 AND r.kind = t.kind AND r.id = t.id`,
      [tenantId, changes.deletes.map((d) => d.kind), changes.deletes.map((d) => d.id)],
    );
  }
}
