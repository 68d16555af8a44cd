import type { JambonzMessageType } from '../protocol/messages';

/** How a call ended, as seen from the caller. */
export interface CallEndResult {
  /** caller-hangup, jambonz-hangup, rejected (SIP error before answer), abandoned (caller gave up before answer). */
  reason: 'caller-hangup' | 'jambonz-hangup' | 'rejected' | 'abandoned';
  /** Final SIP status: 200 for answered calls, else the rejection code (480, 603, 503...). */
  sipStatus: number;
  /** X-Reason jambonz would put on a rejection. */
  details?: string;
  /** Seconds billed (FS duration: whole seconds since answer). */
  durationSecs: number;
  answered: boolean;
}

/** One entry of the call transcript, in virtual (or real) milliseconds since the call started. */
export type TranscriptEvent = { atMs: number } & (
  | { kind: 'call-started'; from: string; to: string; callSid: string }
  | { kind: 'sent'; type: JambonzMessageType; msgid: string; hook?: string; data: Record<string, unknown> }
  | { kind: 'app-message'; type: 'ack' | 'command'; msgid?: string; command?: string; raw: string }
  | { kind: 'verb-received'; source: string; name: string; valid: boolean; error?: string; verb: unknown }
  | { kind: 'verb-start'; name: string; id?: string }
  | { kind: 'verb-end'; name: string; id?: string }
  | { kind: 'hear'; what: 'say' | 'play' | 'beep' | 'dial-music'; text?: string; url?: string; durationMs: number }
  | { kind: 'dtmf'; digit: string }
  | { kind: 'gather-listening'; id?: string; speech?: boolean }
  | { kind: 'speech'; text: string }
  | { kind: 'gather-result'; digits?: string; reason: string }
  | { kind: 'call-status'; callSid: string; status: string; sipStatus: number }
  | { kind: 'dial-target'; target: string; status: string; sipStatus?: number }
  /** A REST-created call (an agent leg) to a target this call's script describes: its progress, for the story of the call. */
  | { kind: 'rest-leg'; target: string; callSid: string; status: string; sipStatus?: number }
  | { kind: 'bridged'; with: string; via: 'dial' | 'queue' | 'conference' }
  | { kind: 'unbridged'; with: string; via: 'dial' | 'queue' | 'conference' }
  | { kind: 'queue'; event: 'joined' | 'left' | 'dequeued'; name: string; position?: number }
  | {
      kind: 'conference'; name: string;
      event: 'waiting' | 'started' | 'joined' | 'left' | 'ended' | 'held' | 'unheld' | 'muted' | 'unmuted' | 'coached' | 'uncoached' | 'tagged' | 'untagged';
      /** How a member joined or what it was set to: its tag, joined muted, speaking only to a tag. */
      tag?: string; muted?: boolean; speakOnlyTo?: string;
    }
  | { kind: 'listen'; event: 'started' | 'stopped'; url: string; frames?: number }
  | { kind: 'jambonz-error'; msg: string; details?: string }
  | { kind: 'connection'; event: 'connected' | 'dropped' | 'reconnecting' | 'reconnected' | 'reconnect-failed' | 'closed-gracefully'; detail?: string }
  | { kind: 'note'; text: string }
  | { kind: 'call-ended'; result: CallEndResult }
);

/** A transcript event without its timestamp (the session stamps it). */
export type TranscriptEventInput = TranscriptEvent extends infer E ? (E extends { atMs: number } ? Omit<E, 'atMs'> : never) : never;
