import type { AppCommand } from '../protocol/messages';
import { applyCallStatus, applyCallUpdate, redirectToHook } from './applyCallUpdate';
import type { CallSession } from './CallSession';

function note(session: CallSession, text: string): void {
  session.log({ kind: 'note', text });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// FS _lccCallHook with an object: hooks to fetch, or verb arrays for the parent and child legs. The
// parent's verbs replace its app even when no dial is in progress.
async function redirectToObject(session: CallSession, data: Record<string, unknown>): Promise<void> {
  if (data.call_hook || data.child_call_hook) return redirectToHook(session, data);
  if (!data.parent_call && !data.child_call) return;
  if (data.child_call) note(session, 'child_call: moving a dialled leg to its own app (adulting) is not simulated');
  if (!Array.isArray(data.parent_call)) {
    // FS: with only a child app, the parent's current task is killed.
    session.currentTask?.kill('killed');
    return;
  }
  try {
    session.replaceApplication(session.convertVerbs(data.parent_call, 'command redirect parent_call'));
  } catch (error) {
    note(session, `command redirect dropped: ${describe(error)}`);
  }
}

function handleRedirect(session: CallSession, command: AppCommand): void {
  if (!Array.isArray(command.data)) {
    if (typeof command.data === 'object' && command.data !== null) void redirectToObject(session, command.data as Record<string, unknown>);
    return;
  }
  try {
    const verbs = session.convertVerbs(command.data, 'command redirect');
    if (command.queueCommand) session.appendVerbs(verbs);
    else session.replaceApplication(verbs);
  } catch (error) {
    // FS builds the tasks inside an un-awaited async handler: a bad verb is only logged.
    note(session, `command redirect dropped: ${describe(error)}`);
  }
}

function handleConfig(session: CallSession, data: unknown): void {
  if (typeof data !== 'object' || data === null) return note(session, 'config command without object data ignored');
  try {
    const [verb] = session.convertVerbs([{ config: data }], 'command config');
    if (verb) void session.createTask(verb).exec(session);
  } catch (error) {
    note(session, `config command dropped: ${describe(error)}`);
  }
}

/** FS CallSession._onCommand, for the commands an IVR/PBX uses; the rest are logged as accepted. */
export function handleCommand(session: CallSession, command: AppCommand): void {
  if (session.callGone) return;
  switch (command.command) {
    case 'redirect':
      return handleRedirect(session, command);
    case 'call:status':
      return applyCallStatus(session, command.data);
    case 'config':
      return handleConfig(session, command.data);
    case 'mute:status':
      return void applyCallUpdate(session, { mute_status: typeof command.data === 'string' ? command.data : (command.data as { mute_status?: unknown }).mute_status }, command.callSid ?? session.callInfo.callSid);
    case 'conf:mute-status':
    case 'conf:hold-status':
    case 'whisper':
    case 'record':
      return void applyCallUpdate(session, (command.command === 'record' ? { record: command.data } : command.data) as Record<string, unknown>, command.callSid ?? session.callInfo.callSid);
    case 'conf:participant-action':
      return void applyCallUpdate(session, { conferenceParticipantAction: command.data }, command.callSid ?? session.callInfo.callSid);
    case 'dial':
      return void session.placeDialCommand(command.data);
    case 'listen:status':
    case 'stream:status':
    case 'transcribe:status':
    case 'sip:request':
    case 'dtmf':
    case 'dub':
    case 'boostAudioSignal':
    case 'media:path':
    case 'llm:tool-output':
    case 'llm:update':
    case 'tts:tokens':
    case 'tts:flush':
    case 'tts:clear':
      return note(session, `command ${command.command} accepted (not simulated): ${JSON.stringify(command.data)}`);
    default:
      return note(session, `invalid command ${command.command} ignored`);
  }
}
