export type { Clock, TimerHandle } from './clock/Clock';
export { sleepOn } from './clock/Clock';
export { VirtualClock, type VirtualClockOptions } from './clock/VirtualClock';
export { RealClock } from './clock/RealClock';
export type { AckObserver } from './connection/AppConnection';
export { Emitter, type EventMap } from './events/Emitter';
export {
  createWebSocketFactory,
  type WebSocketConstructor,
  type WebSocketFactory,
  type WebSocketLike,
  type WebSocketRequest,
} from './connection/WebSocketLike';
export {
  JambonzSimulator,
  SAY_MS_PER_CHAR,
  SAY_MIN_MS,
  DEFAULT_AUDIO_MS,
  type JambonzSimulatorOptions,
  type PlaceCallOptions,
} from './JambonzSimulator';
export { SimulatedCall, type CallerScript, type SimulatedCallEvents } from './SimulatedCall';
export { SimulatedPbx, type ScriptedAgentOptions } from './pbx/SimulatedPbx';
export { DEFAULT_DIAL_TARGET, type DialTargetBehaviour, type DialTargetScript } from './dial/DialTargetBehaviour';
export { pressKeysOnGather, type PressKeysOptions } from './caller/pressKeysOnGather';
export { hangUpAfter } from './caller/hangUpAfter';
export { hangUpWhenBridged } from './caller/hangUpWhenBridged';
export { hangUpOnVerb } from './caller/hangUpOnVerb';
export { sayOnGather } from './caller/sayOnGather';
export type { CallEndResult, TranscriptEvent } from './transcript/TranscriptEvent';
export { formatTranscript, formatTranscriptEvent } from './transcript/formatTranscript';
export type { ReceivedVerb } from './session/recordReceivedVerbs';
export type { VerbValidator, NormalizedVerb } from './validation/VerbValidator';
export { specVerbValidator } from './validation/specVerbValidator';
export type { JambonzEnvelope, JambonzMessageType, AppMessage } from './protocol/messages';
export { computeSayMs } from './verbs/SayTask';
export { MAX_SIMRINGS } from './verbs/DialTask';
