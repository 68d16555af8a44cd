import { loadHoldMusic, type Db } from "@centrala/db";
import { DEFAULT_HOLD_MUSIC_ID, HOLD_MELODY_DURATION_MS, PROMPT_SAMPLE_RATE } from "@centrala/media";
import type { HoldMusicEvent } from "@centrala/engine";
import type { Logger } from "../observability/createLogger";

export type HoldMusic = Pick<HoldMusicEvent, "tracks" | "sampleRate">;
export type HoldMusicResolver = (tenantId: string, queue: string, language: string, holdPromptId?: string) => Promise<HoldMusic>;

// Many callers join the same queue within seconds; its playlist is read once per this long.
const CACHE_MS = 10_000;

/**
 * What a caller joining a queue hears while waiting: the queue's playlist, else the recorded hold
 * prompt of the flow's queue node, else the project's own melody; as data (ids, languages,
 * lengths) for the engine, which continues it across hold turns. Never fails a call: a database
 * hiccup means the default melody.
 */
export function createHoldMusicResolver(prisma: Db, logger: Logger, now: () => number = Date.now): HoldMusicResolver {
  const cache = new Map<string, { at: number; music: HoldMusic }>();
  return async (tenantId, queue, language, holdPromptId) => {
    const key = `${tenantId}\n${queue}\n${language}\n${holdPromptId ?? ""}`;
    const hit = cache.get(key);
    if (hit && now() - hit.at < CACHE_MS) return hit.music;
    let tracks: HoldMusic["tracks"] | null = null;
    try {
      tracks = await loadHoldMusic(prisma, tenantId, queue, language, holdPromptId);
    } catch (err) {
      logger.warn({ err: err instanceof Error ? err.message : String(err), tenant_id: tenantId }, "music on hold not found; playing the default melody");
    }
    const music: HoldMusic = {
      sampleRate: PROMPT_SAMPLE_RATE,
      tracks: tracks ?? [{ promptId: DEFAULT_HOLD_MUSIC_ID, language: language.slice(0, 2).toLowerCase() || "pl", durationMs: HOLD_MELODY_DURATION_MS }],
    };
    if (cache.size > 5000) cache.clear();
    cache.set(key, { at: now(), music });
    return music;
  };
}
