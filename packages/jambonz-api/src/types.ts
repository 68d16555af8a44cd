/** A webhook as jambonz takes it: a ws(s) call_hook for Centrala's runtime, with Basic credentials. */
export interface WebhookInput {
  url: string;
  method?: 'GET' | 'POST' | 'WS';
  username?: string;
  password?: string;
}

export interface PhoneNumberInput {
  /** E.164; jambonz stores it without the '+'. */
  number: string;
  voip_carrier_sid: string;
  account_sid?: string;
  application_sid?: string | null;
}

export interface ApplicationInput {
  name: string;
  account_sid?: string;
  call_hook: WebhookInput;
  call_status_hook: WebhookInput;
  speech_synthesis_vendor?: string;
  speech_synthesis_language?: string;
  speech_synthesis_voice?: string;
  speech_recognizer_vendor?: string;
  speech_recognizer_language?: string;
  env_vars?: Record<string, unknown>;
  record_all_calls?: 0 | 1;
}

export interface VoipCarrierInput {
  name: string;
  description?: string;
  account_sid?: string;
  application_sid?: string;
  e164_leading_plus?: 0 | 1;
}

/** Where a REST call goes (FS lib/http-routes/schemas/create-call.js). */
export type CallTarget =
  | { type: 'phone'; number: string; trunk?: string; headers?: Record<string, string> }
  | { type: 'user'; name: string; headers?: Record<string, string>; overrideTo?: string }
  | { type: 'sip'; sipUri: string; auth?: { username: string; password: string }; headers?: Record<string, string> };

/** POST /Accounts/{sid}/Calls. Give `application_sid`, or `call_hook` plus all five speech settings. */
export interface CreateCallInput {
  from: string;
  to: CallTarget;
  application_sid?: string;
  call_hook?: WebhookInput | string;
  call_status_hook?: WebhookInput | string;
  /** Ring time in seconds before jambonz gives up (no-answer); jambonz's default is 60. */
  timeout?: number;
  timeLimit?: number;
  /** Becomes `customerData` in every message about the new call. */
  tag?: Record<string, unknown>;
  headers?: Record<string, string>;
  callerName?: string;
  fromHost?: string;
  speech_synthesis_vendor?: string;
  speech_synthesis_language?: string;
  speech_synthesis_voice?: string;
  speech_recognizer_vendor?: string;
  speech_recognizer_language?: string;
}

type Verb = Record<string, unknown>;
type Hook = WebhookInput | string;

/**
 * One live-call change (PUT /Accounts/{sid}/Calls/{callSid}). jambonz accepts one option per
 * request (accounts.js validateUpdateCall); `whisper` may be added to any of them.
 */
export type CallUpdate = (
  | { call_status: 'completed' | 'no-answer' }
  | { call_hook: Hook; child_call_hook?: Hook; call_status_hook?: Hook }
  | { child_call_hook: Hook }
  /** jambonz reads `wait_hook` (FS conference.js doConferenceHold), not the documented `waitHook`. */
  | { conf_hold_status: 'hold' | 'unhold'; wait_hook?: string }
  | { conf_mute_status: 'mute' | 'unmute' }
  | { mute_status: 'mute' | 'unmute' }
  | { listen_status: 'pause' | 'silence' | 'resume' }
  | { tag: Record<string, unknown> }
  | { dtmf: { digit: string; duration?: number } }
  | { record: { action: 'startCallRecording' | 'stopCallRecording' | 'pauseCallRecording' | 'resumeCallRecording'; type?: 'cloud' | 'siprec'; siprecServerURL?: string; recordingID?: string; silence?: boolean } }
  | { conferenceParticipantAction: { action: 'tag' | 'untag' | 'coach' | 'uncoach' | 'mute' | 'unmute' | 'hold' | 'unhold'; tag?: string; wait_hook?: string } }
  | { sip_request: { method: string; content_type: string; content: string; headers?: Record<string, string> } }
  | { whisper: Verb | Verb[] }
) & { whisper?: Verb | Verb[] };

export interface ListCallsFilter {
  direction?: 'inbound' | 'outbound';
  from?: string;
  to?: string;
  callStatus?: string;
}
