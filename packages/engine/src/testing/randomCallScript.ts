import fc from "fast-check";
import type { DialStatus, QueueResult } from "../events/engineEvent";
import type { HookPurpose } from "../hooks/formatHook";
import { hookPurposes } from "../hooks/formatHook";

/** Who an addressed event is for: the node the call is in, some other node, or nobody in particular. */
export type Addressee = "current" | "other" | "none";

/** One thing that happens to a call in a random script; the driver fills in ids and times. */
export type ScriptMove =
  | { move: "digits"; digits: string; to: Addressee }
  | { move: "noInput"; to: Addressee }
  | { move: "dialResult"; status: DialStatus; to: Addressee }
  | { move: "queueWait"; queueTimeS: number; position: number; to: Addressee }
  | { move: "queueResult"; result: QueueResult; to: Addressee }
  | { move: "conferenceWait" | "conferenceEnded" | "promptFinished" | "timer"; to: Addressee }
  | { move: "listenEnded"; digits?: string; to: Addressee }
  | { move: "httpResult"; matching: boolean; status?: number; body: unknown; error?: "timeout" | "network" | "bad-response" }
  | { move: "flowLoaded"; matching: boolean; loads: boolean }
  | { move: "jambonzHook"; purpose: HookPurpose; data: Record<string, unknown>; to: Addressee }
  | { move: "unrecognized" }
  | { move: "hangup" }
  /** Whatever the node the call is in would typically get next (a listed key, an answer...). */
  | { move: "fitting"; choice: number };

const addressee = fc.constantFrom<Addressee>("current", "current", "current", "other", "none");
const hookData = fc.dictionary(
  fc.constantFrom("digits", "reason", "dial_call_status", "queue_time", "queue_position", "queue_size", "queue_result", "dial_call_duration"),
  fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 9000 }), fc.constant(null), fc.constantFrom("completed", "busy", "bridged", "leave", "1", "#")),
);

// Mostly single keys and a few typical entries, so random calls get deep into menus.
const keyPresses = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("1", "2", "3", "4", "5", "6", "0", "9", "#") },
  { weight: 2, arbitrary: fc.constantFrom("1234", "12", "4321", "123456") },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9*#]{1,9}$/) },
);

const scriptMove: fc.Arbitrary<ScriptMove> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ move: fc.constant("digits" as const), digits: keyPresses, to: addressee }) },
  { weight: 3, arbitrary: fc.record({ move: fc.constant("noInput" as const), to: addressee }) },
  { weight: 3, arbitrary: fc.record({ move: fc.constant("dialResult" as const), status: fc.constantFrom<DialStatus>("completed", "busy", "no-answer", "failed"), to: addressee }) },
  { weight: 4, arbitrary: fc.record({ move: fc.constant("queueWait" as const), queueTimeS: fc.integer({ min: 0, max: 8000 }), position: fc.nat(40), to: addressee }) },
  { weight: 2, arbitrary: fc.record({ move: fc.constant("queueResult" as const), result: fc.constantFrom<QueueResult>("bridged", "hangup", "leave", "error"), to: addressee }) },
  { weight: 2, arbitrary: fc.record({ move: fc.constantFrom("conferenceWait" as const, "conferenceEnded" as const, "promptFinished" as const, "timer" as const), to: addressee }) },
  { weight: 2, arbitrary: fc.record({ move: fc.constant("listenEnded" as const), digits: fc.option(fc.constantFrom("#", "*"), { nil: undefined }), to: addressee }, { requiredKeys: ["move", "to"] }) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        move: fc.constant("httpResult" as const),
        matching: fc.constantFrom(true, true, true, false),
        status: fc.option(fc.constantFrom(200, 201, 204, 301, 404, 500, 503), { nil: undefined }),
        body: fc.jsonValue({ maxDepth: 3 }),
        error: fc.oneof(
          { weight: 3, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom("timeout" as const, "network" as const, "bad-response" as const) },
        ),
      },
      { requiredKeys: ["move", "matching", "body"] },
    ),
  },
  { weight: 2, arbitrary: fc.record({ move: fc.constant("flowLoaded" as const), matching: fc.boolean(), loads: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ move: fc.constant("jambonzHook" as const), purpose: fc.constantFrom(...hookPurposes), data: hookData, to: addressee }) },
  { weight: 1, arbitrary: fc.constant({ move: "unrecognized" as const }) },
  { weight: 1, arbitrary: fc.constant({ move: "hangup" as const }) },
  { weight: 30, arbitrary: fc.record({ move: fc.constant("fitting" as const), choice: fc.nat(1000) }) },
);

// Mostly quick successions (key presses, hold turns), sometimes long silences.
const gapMs = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 5000 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 120_000 }) });

/** A random call: when it starts (any time within a year, for business hours) and what happens, with gaps. */
export const randomCallScript = fc.record({
  startAt: fc.oneof(
    fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
    // Business hours (Tuesday mornings in Warsaw) half of the time, so menus are reached.
    fc.integer({ min: Date.UTC(2026, 2, 10, 8), max: Date.UTC(2026, 2, 10, 12) }),
  ),
  callSid: fc.stringMatching(/^[a-f0-9]{8}$/),
  moves: fc.array(fc.tuple(scriptMove, gapMs), { maxLength: 40 }),
});
export type RandomCallScript = typeof randomCallScript extends fc.Arbitrary<infer T> ? T : never;
