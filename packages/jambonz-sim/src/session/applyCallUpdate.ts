import { convertHookToString, type HookSpec } from '../protocol/messages';
import type { CallSession } from './CallSession';

function note(session: CallSession, text: string): void {
  session.log({ kind: 'note', text });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * FS CallSession._lccCallHook for `{call_hook}` / `{child_call_hook}` (REST update or ws redirect
 * command with an object): fetch a new app over session:redirect and run it in place of the current one.
 */
export async function redirectToHook(session: CallSession, data: Record<string, unknown>): Promise<void> {
  if (data.child_call_hook) note(session, 'child_call_hook: moving a dialled leg to its own app (adulting) is not simulated');
  if (!data.call_hook) return;
  const hook = convertHookToString(data.call_hook as HookSpec);
  try {
    const json = await session.request('session:redirect', hook, session.callInfo.toJSON());
    const verbs = session.convertVerbs(json, `session:redirect ${hook}`);
    if (verbs.length > 0) session.replaceApplication(verbs);
  } catch (error) {
    note(session, `redirect to ${hook} failed: ${describe(error)}`);
  }
}

/** FS CallSession._lccCallStatus: hang up an answered call, or CANCEL / 503 one that is not answered. */
export function applyCallStatus(session: CallSession, data: unknown): void {
  const status = typeof data === 'object' && data !== null ? (data as { call_status?: unknown }).call_status : undefined;
  if (status === 'completed' && session.answered) return session.hangupByJambonz();
  if (status === 'no-answer' && !session.answered) {
    if (session.callInfo.identity.direction === 'outbound') return session.cancelRinging();
    return session.rejectCall(503, 'call:status no-answer');
  }
  note(session, `call:status command ignored (${JSON.stringify(data)})`);
}

/**
 * FS CallSession.updateCall: what a REST update (or the matching ws command) does to a live call.
 * The first matching option wins, in FS's order; `whisper` may follow another option.
 */
export async function applyCallUpdate(session: CallSession, opts: Record<string, unknown>, callSid: string): Promise<void> {
  if (session.callGone) return;
  if (opts.call_status) return applyCallStatus(session, opts);
  if (opts.call_hook || opts.child_call_hook) return redirectToHook(session, opts);
  if (opts.tag) {
    session.setCustomerData(opts.tag as Record<string, unknown>);
    return;
  }
  const task = session.currentTask as (CallSession['currentTask'] & Partial<LiveControlTask>) | undefined;
  if (opts.conf_hold_status) {
    if (task?.name === 'conference' && task.hold) task.hold(session, String(opts.conf_hold_status), opts.wait_hook as string | undefined);
    else note(session, 'conf_hold_status ignored: the call is not in a conference');
  } else if (opts.conferenceParticipantAction) {
    const action = opts.conferenceParticipantAction as { action?: string; tag?: string; wait_hook?: string };
    if (task?.name === 'conference' && task.participantAction) task.participantAction(session, action);
    else note(session, 'conferenceParticipantAction ignored: the call is not in a conference');
  } else if (opts.mute_status || opts.conf_mute_status) {
    const inCall = task?.name === 'dial' || task?.name === 'conference';
    note(session, inCall ? `${opts.mute_status ? 'mute_status' : 'conf_mute_status'} ${String(opts.mute_status ?? opts.conf_mute_status)}` : 'mute ignored: neither dial nor conference is active');
  } else if (opts.record) {
    note(session, `record ${JSON.stringify(opts.record)}`);
  } else if (opts.listen_status || opts.transcribe_status || opts.dtmf || opts.dub || opts.boostAudioSignal || opts.media_path) {
    note(session, `update accepted (not simulated): ${Object.keys(opts).join(', ')}`);
  }
  if (opts.whisper) {
    if ((task?.name === 'dial' || task?.name === 'listen') && task.whisper) await task.whisper(session, opts.whisper, callSid);
    else note(session, 'whisper ignored: the call is not in a dial or listen');
  }
}

/** Live call control a running verb may offer (implemented by the dial and conference tasks). */
export interface LiveControlTask {
  hold(session: CallSession, status: string, waitHook: string | undefined): void;
  participantAction(session: CallSession, action: { action?: string; tag?: string; wait_hook?: string }): void;
  whisper(session: CallSession, whisper: unknown, callSid: string): Promise<void>;
}
