import { parseHook } from "../hooks/parseHook";
import type { HookPurpose } from "../hooks/formatHook";
import type { DialStatus, EngineEvent, QueueResult } from "./engineEvent";

type HookData = Record<string, unknown>;
type Converter = (data: HookData, at: number, nodeId: string, purpose: HookPurpose) => EngineEvent;

const dialStatuses: readonly string[] = ["completed", "busy", "no-answer", "failed"];
const queueResults: readonly string[] = ["bridged", "hangup", "leave", "error"];

/** jambonz hook data (snake_case, see the jambonz reference) read per hook purpose. */
const converters: Record<HookPurpose, Converter> = {
  // gather: {digits, reason}; a timeout with too few digits comes without digits.
  gather: (data, at, nodeId, purpose) => {
    const digits = readString(data.digits);
    return digits ? { type: "digits", at, nodeId, purpose, digits } : { type: "noInput", at, nodeId, purpose };
  },
  leavekey: (data, at, nodeId, purpose) => ({ type: "digits", at, nodeId, purpose, digits: readString(data.digits) ?? "" }),
  // dial: dial_call_status; any other progress value means the attempt did not connect.
  dial: (data, at, nodeId, purpose) => {
    const status = readString(data.dial_call_status);
    const durationS = readNumber(data.dial_call_duration);
    return {
      type: "dialResult", at, nodeId, purpose,
      status: status !== undefined && dialStatuses.includes(status) ? (status as DialStatus) : "failed",
      ...(durationS === undefined ? {} : { durationS }),
    };
  },
  // enqueue waitHook: {queue_time, queue_position (0-based), queue_size}.
  wait: (data, at, nodeId, purpose) => ({
    type: "queueWait", at, nodeId, purpose,
    queueTimeS: readNumber(data.queue_time) ?? 0,
    position: readNumber(data.queue_position) ?? 0,
    size: readNumber(data.queue_size) ?? 0,
  }),
  // enqueue actionHook: queue_result; `hangup` is jambonz's initial value, i.e. the caller left.
  queue: (data, at, nodeId, purpose) => {
    const result = readString(data.queue_result);
    return { type: "queueResult", at, nodeId, purpose, result: result !== undefined && queueResults.includes(result) ? (result as QueueResult) : "error" };
  },
  confwait: (_data, at, nodeId, purpose) => ({ type: "conferenceWait", at, nodeId, purpose }),
  conference: (_data, at, nodeId, purpose) => ({ type: "conferenceEnded", at, nodeId, purpose }),
  // listen: {digits} when ended by the finish key, and dial_call_duration (sic) in seconds.
  listen: (data, at, nodeId, purpose) => {
    const digits = readString(data.digits);
    const durationS = readNumber(data.dial_call_duration);
    return {
      type: "listenEnded", at, nodeId, purpose,
      ...(digits ? { digits } : {}),
      ...(durationS === undefined ? {} : { durationS }),
    };
  },
};

/** Turns a jambonz `verb:hook` (hook + data) into an engine event addressed to the hook's node. */
export function convertJambonzHookToEvent(hook: string, data: unknown, at: number): EngineEvent {
  const parsed = parseHook(hook);
  if (!parsed) return { type: "unrecognized", at, hook };
  const fields = typeof data === "object" && data !== null ? (data as HookData) : {};
  return converters[parsed.purpose](fields, at, parsed.nodeId, parsed.purpose);
}

function readString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** jambonz sends numbers, but some paths stringify them; accept both. */
function readNumber(value: unknown): number | undefined {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : undefined;
}
