import type { SqlRunner } from "@centrala/db";
import type { ExtensionLoadedEvent, LookupExtensionEffect } from "@centrala/engine";
import { promptSchema } from "@centrala/flow";

type ExtensionRow = { forwardTo: string | null; voicemailEnabled: boolean; voicemailGreeting: unknown };

/**
 * Answers the engine's `lookupExtension` with what the tenant's extension says now: whether it
 * exists, its forwarding number and its voicemail (the greeting parsed, an unreadable one dropped).
 */
export async function loadExtension(pool: SqlRunner, tenantId: string, effect: LookupExtensionEffect, at: number): Promise<ExtensionLoadedEvent> {
  const { rows } = await pool.query<ExtensionRow>(
    `SELECT "forwardTo", "voicemailEnabled", "voicemailGreeting" FROM "Extension" WHERE "tenantId" = $1 AND number = $2`,
    [tenantId, effect.extension],
  );
  const base = { type: "extensionLoaded" as const, at, nodeId: effect.nodeId, extension: effect.extension };
  const row = rows[0];
  if (!row) return { ...base, found: false };
  const greeting = promptSchema.safeParse(row.voicemailGreeting);
  return {
    ...base, found: true, voicemail: row.voicemailEnabled,
    ...(row.forwardTo ? { forwardTo: row.forwardTo } : {}),
    ...(row.voicemailEnabled && greeting.success ? { greeting: greeting.data } : {}),
  };
}
