import type { AppCommand } from '../protocol/messages';
import { convertHookToString, type HookSpec } from '../protocol/messages';
import type { CallSession } from './CallSession';

function note(session: CallSession, text: string): void {
  session.log({ kind: 'note', text });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// redirect with an object: live call control fetching a new app over session:redirect.
async function redirectToHook(session: CallSession, data: Record<string, unknown>): Promise<void> {
  if (data.child_call_hook || data.parent_call || data.child_call) {
    note(session, 'redirect of child/parent legs is not simulated; ignored');
  }
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

function handleRedirect(session: CallSession, command: AppCommand): void {
  if (!Array.isArray(command.data)) {
    if (typeof command.data === 'object' && command.data !== null) void redirectToHook(session, command.data as Record<string, unknown>);
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

// FS _lccCallStatus reads data.call_status; a bare string is silently ignored.
function handleCallStatus(session: CallSession, data: unknown): void {
  const status = typeof data === 'object' && data !== null ? (data as { call_status?: unknown }).call_status : undefined;
  if (status === 'completed' && session.answered) session.hangupByJambonz();
  else if (status === 'no-answer' && !session.answered) session.rejectCall(503, 'call:status no-answer');
  else note(session, `call:status command ignored (${JSON.stringify(data)})`);
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
      return handleCallStatus(session, command.data);
    case 'config':
      return handleConfig(session, command.data);
    case 'mute:status':
    case 'conf:mute-status':
    case 'conf:hold-status':
    case 'conf:participant-action':
    case 'listen:status':
    case 'stream:status':
    case 'transcribe:status':
    case 'whisper':
    case 'sip:request':
    case 'dtmf':
    case 'record':
    case 'dial':
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
