import type { AppMessage } from './messages';

/** Commands FS accepts without `data` (ws-requestor MTYPE_NO_DATA). */
const COMMANDS_WITHOUT_DATA = new Set(['llm:tool-output', 'tts:flush', 'tts:clear']);

export type ParsedAppMessage = { ok: true; message: AppMessage } | { ok: false; details: string };

/**
 * Parses one text frame from the app with FS's rules (ws-requestor `_onMessage`): JSON, a `type`
 * of ack (needs msgid) or command (needs command, and data unless exempt). The `details` strings
 * mirror FS's assertion messages, since they end up in `jambonz:error`.
 */
export function parseAppMessage(content: string): ParsedAppMessage {
  let obj: unknown;
  try {
    obj = JSON.parse(content);
  } catch (error) {
    return { ok: false, details: error instanceof Error ? error.message : String(error) };
  }
  if (typeof obj !== 'object' || obj === null) return { ok: false, details: 'type property not supplied' };
  const record = obj as Record<string, unknown>;
  const { type, msgid, command, data } = record;
  if (!type) return { ok: false, details: 'type property not supplied' };
  if (type === 'ack') {
    if (!msgid) return { ok: false, details: 'msgid not supplied' };
    return { ok: true, message: { type: 'ack', msgid: String(msgid), data } };
  }
  if (type === 'command') {
    if (!command) return { ok: false, details: 'command property not supplied' };
    if (!data && !COMMANDS_WITHOUT_DATA.has(String(command))) {
      return { ok: false, details: 'data property not supplied' };
    }
    return {
      ok: true,
      message: {
        type: 'command',
        command: String(command),
        queueCommand: Boolean(record.queueCommand),
        data,
        ...(typeof msgid === 'string' && { msgid }),
        ...(typeof record.callSid === 'string' && { callSid: record.callSid }),
        ...(typeof record.tool_call_id === 'string' && { tool_call_id: record.tool_call_id }),
      },
    };
  }
  return { ok: false, details: `invalid type property: ${String(type)}` };
}
