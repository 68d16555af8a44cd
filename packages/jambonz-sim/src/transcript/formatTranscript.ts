import type { TranscriptEvent } from './TranscriptEvent';

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(3).padStart(8)}s`;
}

/** One human-readable line for an event, or undefined for events too noisy to show. */
export function formatTranscriptEvent(event: TranscriptEvent): string | undefined {
  switch (event.kind) {
    case 'call-started':
      return `call ${event.callSid} from ${event.from} to ${event.to}`;
    case 'sent':
      return event.type === 'call:status' || event.type === 'verb:status'
        ? undefined
        : `jambonz -> app  ${event.type}${event.hook ? ` ${event.hook}` : ''}`;
    case 'app-message':
      return `app -> jambonz  ${event.type}${event.command ? ` ${event.command}` : ''}`;
    case 'verb-received':
      return event.valid ? undefined : `INVALID VERB ${event.name} (${event.source}): ${event.error ?? ''}`;
    case 'verb-start':
      return `> ${event.name}${event.id ? ` #${event.id}` : ''}`;
    case 'verb-end':
      return undefined;
    case 'hear':
      if (event.what === 'say') return `caller hears: "${event.text ?? ''}"`;
      if (event.what === 'beep') return 'caller hears a beep';
      return `caller hears audio ${event.url ?? ''}`;
    case 'dtmf':
      return `caller presses ${event.digit}`;
    case 'gather-listening':
      return event.speech ? 'listening for speech' : 'listening for digits';
    case 'speech':
      return `caller says: "${event.text}"`;
    case 'gather-result':
      return `gather: ${event.reason}${event.digits !== undefined ? ` "${event.digits}"` : ''}`;
    case 'call-status':
      return `status ${event.status} (${event.sipStatus})`;
    case 'dial-target':
      return `dial ${event.target}: ${event.status}${event.sipStatus ? ` ${event.sipStatus}` : ''}`;
    case 'rest-leg':
      return `call to ${event.target}: ${event.status}${event.sipStatus ? ` ${event.sipStatus}` : ''}`;
    case 'bridged':
      return `connected to ${event.with} (${event.via})`;
    case 'unbridged':
      return `disconnected from ${event.with}`;
    case 'queue':
      return `queue ${event.name}: ${event.event}${event.position !== undefined ? ` at position ${event.position}` : ''}`;
    case 'conference': {
      const how = [event.tag && `as ${event.tag}`, event.muted && 'muted', event.speakOnlyTo && `speaking only to ${event.speakOnlyTo}`].filter(Boolean).join(', ');
      return `conference ${event.name}: ${event.event}${how ? ` (${how})` : ''}`;
    }
    case 'listen':
      return `recording stream ${event.event} ${event.url}${event.frames !== undefined ? ` (${event.frames} frames)` : ''}`;
    case 'jambonz-error':
      return `jambonz:error ${event.msg}${event.details ? `: ${event.details}` : ''}`;
    case 'connection':
      return `socket ${event.event}${event.detail ? ` (${event.detail})` : ''}`;
    case 'note':
      return event.text;
    case 'call-ended':
      return `call ended: ${event.result.reason} ${event.result.sipStatus}${event.result.details ? ` ${event.result.details}` : ''}, ${event.result.durationSecs}s`;
  }
}

/** The whole transcript as text, one timestamped line per interesting event. */
export function formatTranscript(events: readonly TranscriptEvent[]): string {
  return events
    .map((event) => {
      const line = formatTranscriptEvent(event);
      return line === undefined ? undefined : `${formatSeconds(event.atMs)}  ${line}`;
    })
    .filter((line): line is string => line !== undefined)
    .join('\n');
}
