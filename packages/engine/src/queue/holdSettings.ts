import type { Prompt } from "@centrala/flow";
import type { HoldTrack } from "../events/engineEvent";

/** How a queue keeps a caller company; the queue node's data, or defaults for a transfer to a queue. */
export type HoldSettings = {
  holdPrompt?: Prompt;
  announcePosition: boolean;
  /** A template for the place in line ({{position}}, {{positionOrdinal}}); unset: the phrase book's wordings. */
  positionWording?: string;
  announceEverySeconds: number;
  maxWaitSeconds: number;
};

/** The queue node's defaults, used when a transfer node sends the caller to a queue. */
export const defaultHoldSettings: HoldSettings = { announcePosition: true, announceEverySeconds: 60, maxWaitSeconds: 300 };

/** Where the caller is in their music on hold, so the next turn continues instead of restarting. */
export type HoldMusicState = {
  tracks: HoldTrack[];
  /** Samples per second of the files (seekOffset counts samples). */
  sampleRate: number;
  track: number;
  offsetMs: number;
};

/** Queue bookkeeping kept in call state between hold-loop turns. */
export type HoldLocal = {
  /** Queue time (s) of the last announcement; -1 before the first. */
  announcedAtS: number;
  /** Announcements made so far (picks the next wording). */
  announcements?: number;
  /** Set once the runtime has told the engine the music (a `holdMusic` event). */
  music?: HoldMusicState;
};

export const initialHoldLocal: HoldLocal = { announcedAtS: -1 };
