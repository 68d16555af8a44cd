import type { QueueCounters } from "../state/acdState";

/** The figures of a queue at the start of a day. */
export function emptyQueueCounters(): QueueCounters {
  return {
    joined: 0, answered: 0, abandoned: 0, timedOut: 0, leftByKey: 0, transferred: 0, refused: 0,
    answeredWithinServiceLevel: 0, abandonedWithinServiceLevel: 0, answerWaitMs: 0,
  };
}
