import type { FlowIR, Prompt } from "@centrala/flow";
import type { CallEnv, CallInfo } from "../state/callEnv";
import type { HookPurpose } from "../hooks/formatHook";

/** Where a hook-borne event came from; events without it go to the node the call is in. */
type Addressed = { nodeId?: string; purpose?: HookPurpose };
/** Every event carries its time (epoch ms): the engine never reads the clock. */
type Timed = { at: number };

/** A new call; `flowId` names the published flow whose IR the runtime passes to `step`. */
export type StartEvent = Timed & { type: "start"; call: CallInfo; env: CallEnv; flowId?: string };
export type PromptFinishedEvent = Timed & Addressed & { type: "promptFinished" };
export type DigitsEvent = Timed & Addressed & { type: "digits"; digits: string };
export type NoInputEvent = Timed & Addressed & { type: "noInput" };
export type DialStatus = "completed" | "busy" | "no-answer" | "failed";
export type DialResultEvent = Timed & Addressed & { type: "dialResult"; status: DialStatus; durationS?: number };
/** One turn of the enqueue hold loop; `position` is 0-based as jambonz reports it. */
export type QueueWaitEvent = Timed & Addressed & { type: "queueWait"; queueTimeS: number; position: number; size: number };
/** One piece of music on hold: a library prompt in the language it was recorded in, and its length. */
export type HoldTrack = { promptId: string; language: string; durationMs: number };
/** The runtime's answer to `queueJoined`: what this caller's music on hold is, as data. */
export type HoldMusicEvent = Timed & Addressed & { type: "holdMusic"; tracks: HoldTrack[]; sampleRate: number };
export type QueueResult = "bridged" | "hangup" | "leave" | "error";
export type QueueResultEvent = Timed & Addressed & { type: "queueResult"; result: QueueResult };
/** One turn of the conference wait loop (waiting for the moderator). */
export type ConferenceWaitEvent = Timed & Addressed & { type: "conferenceWait" };
export type ConferenceEndedEvent = Timed & Addressed & { type: "conferenceEnded" };
export type ListenEndedEvent = Timed & Addressed & { type: "listenEnded"; digits?: string; durationS?: number };
export type HttpError = "timeout" | "network" | "bad-response";
/** The runtime's answer to an `http` effect; `body` is the parsed JSON response. */
export type HttpResultEvent = Timed & {
  type: "httpResult";
  requestId: string;
  status?: number;
  body?: unknown;
  error?: HttpError;
};
/** The runtime's answer to a `gotoFlow` effect: the other flow's IR, or why it could not load. */
export type FlowLoadedEvent = Timed & { type: "flowLoaded"; flowId: string; ir?: FlowIR; error?: "notFound" };
/**
 * The runtime's answer to `lookupExtension`: whether the tenant has the extension, and if so where
 * its calls go (`forwardTo`, an outside number) and whether it takes voicemail (with its greeting).
 */
export type ExtensionLoadedEvent = Timed & Addressed & {
  type: "extensionLoaded"; extension: string; found: boolean; forwardTo?: string; voicemail?: boolean; greeting?: Prompt;
};
/** The caller hung up. */
export type HangupEvent = Timed & { type: "hangup" };
/** A tick the runtime may send while the engine waits on it (e.g. an HTTP request running late). */
export type TimerEvent = Timed & Addressed & { type: "timer" };
/** A jambonz hook the engine did not issue; stepping it changes nothing. */
export type UnrecognizedEvent = Timed & { type: "unrecognized"; hook: string };

/** Everything that can happen to a call, as the engine sees it. */
export type EngineEvent =
  | StartEvent
  | PromptFinishedEvent
  | DigitsEvent
  | NoInputEvent
  | DialResultEvent
  | QueueWaitEvent
  | QueueResultEvent
  | HoldMusicEvent
  | ConferenceWaitEvent
  | ConferenceEndedEvent
  | ListenEndedEvent
  | HttpResultEvent
  | FlowLoadedEvent
  | ExtensionLoadedEvent
  | HangupEvent
  | TimerEvent
  | UnrecognizedEvent;

export type EngineEventType = EngineEvent["type"];

/** Events a waiting node may receive (start, hangup and unrecognized hooks are the engine's). */
export type NodeEvent = Exclude<EngineEvent, StartEvent | HangupEvent | UnrecognizedEvent>;
