import type { EngineEvent, EngineEventType } from "./engineEvent";
import { hookPurposes } from "../hooks/formatHook";

export type ParseEngineEventResult = { ok: true; event: EngineEvent } | { ok: false; error: string };

type Field = "string" | "number" | "boolean" | "object" | "string?" | "number?" | "boolean?" | "object?" | "unknown?" | readonly string[];

const addressed = { nodeId: "string?", purpose: hookPurposes } as const satisfies Record<string, Field>;
const optionalPurpose = new Set(["purpose"]);

/** The fields each event type must (or may, with `?`) carry besides `type` and `at`. */
const eventFields: Record<EngineEventType, Record<string, Field>> = {
  start: { call: "object", env: "object", flowId: "string?" },
  promptFinished: addressed,
  digits: { ...addressed, digits: "string" },
  noInput: addressed,
  dialResult: { ...addressed, status: ["completed", "busy", "no-answer", "failed"], durationS: "number?" },
  queueWait: { ...addressed, queueTimeS: "number", position: "number", size: "number" },
  queueResult: { ...addressed, result: ["bridged", "hangup", "leave", "error"] },
  holdMusic: { ...addressed, tracks: "object", sampleRate: "number" },
  conferenceWait: addressed,
  conferenceEnded: addressed,
  listenEnded: { ...addressed, digits: "string?", durationS: "number?" },
  httpResult: { requestId: "string", status: "number?", body: "unknown?", error: ["timeout", "network", "bad-response"] },
  flowLoaded: { flowId: "string", ir: "object?", error: ["notFound"] },
  extensionLoaded: { ...addressed, extension: "string", found: "boolean", forwardTo: "string?", voicemail: "boolean?", greeting: "object?" },
  hangup: {},
  timer: addressed,
  unrecognized: { hook: "string" },
};
// Enumerated fields that may be left out.
const optionalEnums = new Set(["httpResult.error", "flowLoaded.error"]);

/**
 * Checks a value from outside (queue message, test harness) is a well-formed engine event.
 * Shallow on purpose: `call`/`env` are checked field by field, the IR in `flowLoaded` is the
 * runtime's own published data.
 */
export function parseEngineEvent(value: unknown): ParseEngineEventResult {
  if (typeof value !== "object" || value === null) return { ok: false, error: "event is not an object" };
  const event = value as Record<string, unknown>;
  const type = event.type;
  if (typeof type !== "string" || !(type in eventFields)) return { ok: false, error: `unknown event type ${String(type)}` };
  if (typeof event.at !== "number" || !Number.isFinite(event.at)) return { ok: false, error: "at must be epoch milliseconds" };
  for (const [name, field] of Object.entries(eventFields[type as EngineEventType])) {
    const optional = optionalPurpose.has(name) || optionalEnums.has(`${type}.${name}`);
    const problem = checkField(event[name], field, optional);
    if (problem) return { ok: false, error: `${type}.${name} ${problem}` };
  }
  if (type === "start") {
    const problem = checkStart(event);
    if (problem) return { ok: false, error: problem };
  }
  if (type === "holdMusic") {
    const problem = checkHoldTracks(event.tracks);
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, event: value as EngineEvent };
}

function checkField(value: unknown, field: Field, optionalEnum: boolean): string | undefined {
  if (typeof field !== "string") {
    if (value === undefined && optionalEnum) return undefined;
    return typeof value === "string" && field.includes(value) ? undefined : `must be one of ${field.join(", ")}`;
  }
  const optional = field.endsWith("?");
  if (value === undefined) return optional ? undefined : "is missing";
  const base = optional ? field.slice(0, -1) : field;
  if (base === "unknown") return undefined;
  if (base === "object") return typeof value === "object" && value !== null ? undefined : "must be an object";
  return typeof value === base ? undefined : `must be a ${base}`;
}

function checkStart(event: Record<string, unknown>): string | undefined {
  const call = event.call as Record<string, unknown>;
  for (const name of ["callSid", "from", "to"]) {
    if (typeof call[name] !== "string") return `start.call.${name} must be a string`;
  }
  const env = event.env as Record<string, unknown>;
  for (const name of ["timezone", "sipRealm", "promptBaseUrl", "audioWsUrl"]) {
    if (typeof env[name] !== "string") return `start.env.${name} must be a string`;
  }
  for (const name of ["fallbackNumber", "language", "ttsVendor"]) {
    if (env[name] !== undefined && typeof env[name] !== "string") return `start.env.${name} must be a string`;
  }
  return undefined;
}

function checkHoldTracks(tracks: unknown): string | undefined {
  if (!Array.isArray(tracks)) return "holdMusic.tracks must be an array";
  for (const track of tracks as Record<string, unknown>[]) {
    if (typeof track?.promptId !== "string" || typeof track.language !== "string" || typeof track.durationMs !== "number" || !(track.durationMs > 0)) {
      return "holdMusic.tracks need a promptId, a language and a positive durationMs";
    }
  }
  return undefined;
}
