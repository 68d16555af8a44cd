import type { HttpMethod } from "@centrala/flow";
import type { JsonValue } from "../state/callState";
/** How a call ended, for the call log. */
export type CallOutcome = "completed" | "abandoned" | "transferred" | "voicemail" | "error";

/** One row of the call trace (call log, canvas overlay). */
export type TraceRecord =
  | { name: "nodeEntered"; nodeId: string; kind: string }
  | { name: "keyPressed"; nodeId: string; digits: string }
  | { name: "branchTaken"; nodeId: string; port: string }
  | { name: "callEnded"; outcome: CallOutcome }
  | { name: "error"; nodeId?: string; reason: EngineErrorReason; message: string }
  /** A step needed a sensitive value the call had lost; the caller is asked for it again at `nodeId`. */
  | { name: "secretLost"; nodeId: string; variable: string };

export type EngineErrorReason = "loopGuard" | "missingNode" | "nodeFailed" | "flowNotLoaded" | "exception";

export type TraceEffect = { type: "trace"; at: number; record: TraceRecord };
/** Asks the runtime to perform a request and step an `httpResult` with the same `requestId`. */
export type HttpEffect = {
  type: "http";
  nodeId: string;
  requestId: string;
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  /** For POST, PUT and PATCH: the node's JSON body filled in, or else the call's variables. Sent as JSON. */
  body?: JsonValue;
  timeoutMs: number;
};
export type RecordingStartedEffect = { type: "recordingStarted"; nodeId: string };
export type VoicemailStartedEffect = { type: "voicemailStarted"; nodeId: string; mailbox: string };
/**
 * The caller is waiting in `queue`; the runtime offers the call to that queue's agents and steps
 * a `holdMusic` event with the queue's music on hold (else `holdPromptId`, else its default).
 */
export type QueueJoinedEffect = {
  type: "queueJoined"; nodeId: string; queue: string; holdPromptId?: string;
  /** The longest this caller waits before the step takes its time-out exit (the dispatcher stops offering them then). */
  maxWaitSeconds: number;
};
/** Asks the runtime to load the other published flow and step a `flowLoaded` event. */
export type GotoFlowEffect = { type: "gotoFlow"; nodeId: string; flowId: string };
/** Asks the runtime whether the tenant has `extension` and step an `extensionLoaded` event with its settings. */
export type LookupExtensionEffect = { type: "lookupExtension"; nodeId: string; extension: string };
export type CallEndedEffect = { type: "callEnded"; outcome: CallOutcome; durationS: number };

/** Requests for the runtime: the engine itself does no I/O. */
export type Effect =
  | TraceEffect
  | HttpEffect
  | RecordingStartedEffect
  | VoicemailStartedEffect
  | QueueJoinedEffect
  | GotoFlowEffect
  | LookupExtensionEffect
  | CallEndedEffect;
