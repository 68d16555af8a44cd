import type { Prompt } from "@centrala/flow";

/** How a queue keeps a caller company; the queue node's data, or defaults for a transfer to a queue. */
export type HoldSettings = {
  holdPrompt?: Prompt;
  announcePosition: boolean;
  announceEverySeconds: number;
  maxWaitSeconds: number;
};

/** The queue node's defaults, used when a transfer node sends the caller to a queue. */
export const defaultHoldSettings: HoldSettings = { announcePosition: true, announceEverySeconds: 60, maxWaitSeconds: 300 };

/** Queue bookkeeping kept in call state between hold-loop turns. */
export type HoldLocal = {
  /** Queue time (s) of the last position announcement; -1 before the first. */
  announcedAtS: number;
};

export const initialHoldLocal: HoldLocal = { announcedAtS: -1 };
