import type { AcdState } from "./acdState";

/** An empty dispatcher: configure queues and log agents in with events. */
export function createAcdState(options: { at: number; idPrefix?: string }): AcdState {
  return { version: 1, now: options.at, seq: 0, idPrefix: options.idPrefix ?? "offer-", queues: {}, agents: {}, callers: {}, offers: {} };
}
