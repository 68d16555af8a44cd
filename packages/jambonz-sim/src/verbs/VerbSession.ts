import type { Clock } from '../clock/Clock';
import type { WebSocketFactory } from '../connection/WebSocketLike';
import type { CallInfo } from '../protocol/CallInfo';
import type { JambonzMessageType } from '../protocol/messages';
import type { SimulatedPbx } from '../pbx/SimulatedPbx';
import type { TranscriptEventInput } from '../transcript/TranscriptEvent';
import type { NormalizedVerb } from '../validation/VerbValidator';
import type { DialTargetBehaviour } from '../dial/DialTargetBehaviour';
import type { StopSignal } from '../events/StopSignal';
import type { VerbTask } from './VerbTask';

/** Timing and scripting knobs the verbs read. */
export interface VerbTiming {
  sayMsPerChar: number;
  sayMinMs: number;
  resolveAudioDurationMs: (url: string) => number;
  resolveDialTarget: (target: Record<string, unknown>) => DialTargetBehaviour;
  /** Opens listen audio sockets; absent means the listen stream is only logged, not sent. */
  createListenSocket?: WebSocketFactory;
  listenFrameMs: number;
}

/** What a running verb may do to its call (the simulator's CallSession implements it). */
export interface VerbSession {
  readonly clock: Clock;
  readonly callInfo: CallInfo;
  readonly pbx: SimulatedPbx;
  readonly timing: VerbTiming;
  readonly appUrl: string;
  readonly appAuth: { username: string; password: string } | undefined;
  readonly callGone: boolean;
  readonly answered: boolean;
  /** Seconds since answer, as FS reports durations. */
  readonly answeredSecs: number;
  log(event: TranscriptEventInput): void;
  /** Answers the call if needed (FS propagateAnswer), sending call:status in-progress. */
  answer(): void;
  /** jambonz hangs up (BYE). */
  hangupByJambonz(reason?: string): void;
  /** Rejects an unanswered call with a SIP final response. */
  rejectCall(sipStatus: number, reason: string): void;
  request(type: JambonzMessageType, hook: string | undefined, data: Record<string, unknown>): Promise<unknown>;
  /** Validates and records verbs received from the app; throws FS's error on the first bad one. */
  convertVerbs(json: unknown, source: string): NormalizedVerb[];
  /** Builds a task for a (validated) verb. */
  createTask(verb: NormalizedVerb): VerbTask;
  /** FS `Task.performAction`: verb:hook with call info + results; ack verbs replace the stack. */
  performAction(task: VerbTask, hook: string | undefined, results: Record<string, unknown>, expectResponse?: boolean): Promise<boolean>;
  /** Runs verbs outside the main stack (waitHook/enterHook/confirm plays); resolves when done or aborted. */
  runSubsession(tasks: VerbTask[], signal: StopSignal): Promise<void>;
  notifyError(task: VerbTask, obj: Record<string, unknown>): void;
  notifyStatus(task: VerbTask, obj: Record<string, unknown>): void;
  /** Subscribes to the caller's key presses; returns the unsubscribe function. */
  onDtmf(listener: (digit: string) => void): () => void;
  /** Subscribes to what the caller says; returns the unsubscribe function. */
  onSpeech(listener: (text: string) => void): () => void;
  setCustomerData(data: Record<string, unknown>): void;
  /** Posts a queue event to the account's queue_event_hook, if it has one (FS performQueueWebhook). */
  performQueueWebhook(obj: Record<string, unknown>): void;
  setNotifyEvents(on: boolean): void;
}
