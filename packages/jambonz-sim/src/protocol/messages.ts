/** Message types jambonz sends to the app (FS constants.json HookMsgTypes, the ones we simulate). */
export type JambonzMessageType =
  | 'session:new'
  | 'session:reconnect'
  | 'session:redirect'
  | 'verb:hook'
  | 'dial:confirm'
  | 'call:status'
  | 'verb:status'
  | 'jambonz:error';

/** Types that carry a `hook` field in the envelope. */
export const HOOKED_TYPES: ReadonlySet<JambonzMessageType> = new Set(['verb:hook', 'dial:confirm', 'session:redirect']);

/** Types that never wait for an ack (FS's misnamed MTYPE_WANTS_ACK list). */
export const NO_ACK_TYPES: ReadonlySet<JambonzMessageType> = new Set(['call:status', 'verb:status', 'jambonz:error']);

/** Envelope of every jambonz -> app frame. */
export interface JambonzEnvelope {
  type: JambonzMessageType;
  msgid: string;
  call_sid: string;
  hook?: string;
  data: Record<string, unknown>;
}

/** `{type:'ack'}` from the app. `data` is the verb array (or absent). */
export interface AppAck {
  type: 'ack';
  msgid: string;
  data?: unknown;
}

/** `{type:'command'}` from the app. */
export interface AppCommand {
  type: 'command';
  command: string;
  msgid?: string;
  queueCommand: boolean;
  callSid?: string;
  tool_call_id?: string;
  data?: unknown;
}

export type AppMessage = AppAck | AppCommand;

/** A hook as it appears on a verb: a string, or `{url, method, username, password}`. */
export type HookSpec = string | { url: string; [key: string]: unknown };

/** The verbatim hook string jambonz puts in `hook` (FS: `hook.url || hook`). */
export function convertHookToString(hook: HookSpec): string {
  return typeof hook === 'string' ? hook : hook.url;
}
