import type { CallSession } from './CallSession';
import { handleCommand } from './handleCommand';

/** Mirrors the socket's life into the transcript and turns app commands into session actions. */
export function watchConnection(session: CallSession): void {
  const conn = session.conn;
  conn.on('sent', (envelope) => {
    session.log({ kind: 'sent', type: envelope.type, msgid: envelope.msgid, data: envelope.data, ...(envelope.hook !== undefined && { hook: envelope.hook }) });
    if (envelope.type === 'jambonz:error') {
      const { msg, details } = envelope.data as { msg?: unknown; details?: unknown };
      session.log({ kind: 'jambonz-error', msg: String(msg), ...(details !== undefined && { details: String(details) }) });
    }
  });
  // Invalid frames are reported through 'invalidMessage'.
  conn.on('received', ({ raw, message }) => {
    session.log({
      kind: 'app-message',
      type: message.type,
      raw,
      ...('msgid' in message && typeof message.msgid === 'string' && { msgid: message.msgid }),
      ...(message.type === 'command' && { command: message.command }),
    });
  });
  conn.on('command', (command) => handleCommand(session, command));
  conn.on('unknownAck', (msgid) => session.log({ kind: 'note', text: `ack to unknown msgid ${msgid}, discarded` }));
  conn.on('dropped', ({ code }) => session.log({ kind: 'connection', event: 'dropped', detail: `code ${code}` }));
  conn.on('reconnecting', ({ delayMs, url }) => session.log({ kind: 'connection', event: 'reconnecting', detail: `in ${delayMs} ms to ${url}` }));
  conn.on('reconnected', ({ url }) => session.log({ kind: 'connection', event: 'reconnected', detail: url }));
  conn.on('closedGracefully', () => session.log({ kind: 'connection', event: 'closed-gracefully' }));
  conn.on('reconnectFailed', ({ reason }) => {
    session.log({ kind: 'connection', event: 'reconnect-failed', detail: reason });
    // FS _onSessionReconnectError: alert, then jambonz hangs up.
    session.hangupByJambonz('session:reconnect failed');
  });
}
