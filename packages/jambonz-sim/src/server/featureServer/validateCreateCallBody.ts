import specLib from '@jambonz/verb-specifications';

const quietLogger = { info: () => undefined, debug: () => undefined, error: () => undefined };

type Check = { path: string; msg: string; optional: boolean; test: (v: unknown) => boolean };

const isString = (v: unknown): boolean => typeof v === 'string';
const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): boolean => /^[-+]?\d+$/.test(String(v));
const isBoolean = (v: unknown): boolean => typeof v === 'boolean' || ['true', 'false', '0', '1'].includes(String(v));

// FS lib/http-routes/schemas/create-call.js (express-validator checkSchema on the body).
const CHECKS: Check[] = [
  { path: 'application_sid', msg: 'Invalid application_sid', optional: true, test: (v) => isString(v) && String(v).length === 36 },
  { path: 'answerOnBridge', msg: 'Invalid answerOnBridge', optional: true, test: isBoolean },
  { path: 'from', msg: 'Invalid from', optional: false, test: (v) => isString(v) && String(v).length >= 1 && String(v).length <= 256 },
  { path: 'fromHost', msg: 'Invalid fromHost', optional: true, test: isString },
  { path: 'to', msg: 'Invalid to', optional: false, test: isObject },
  { path: 'callerName', msg: 'Invalid callerName', optional: true, test: isString },
  { path: 'amd', msg: 'Invalid value', optional: true, test: isObject },
  { path: 'tag', msg: 'Invalid tag', optional: true, test: isObject },
  { path: 'app_json', msg: 'Invalid app_json', optional: true, test: isString },
  { path: 'account_sid', msg: 'Invalid account_sid', optional: true, test: (v) => isString(v) && String(v).length === 36 },
  { path: 'timeout', msg: 'Invalid timeout', optional: true, test: isInt },
  { path: 'timeLimit', msg: 'Invalid timeLimit', optional: true, test: isInt },
  { path: 'call_hook', msg: 'Invalid call_hook', optional: true, test: isObject },
  { path: 'call_status_hook', msg: 'Invalid call_status_hook', optional: true, test: isObject },
  ...['speech_synthesis_vendor', 'speech_synthesis_language', 'speech_synthesis_voice', 'speech_recognizer_vendor', 'speech_recognizer_language'].map(
    (path) => ({ path, msg: `Invalid ${path}`, optional: true, test: isString }),
  ),
];

/** A feature server's answer to a bad createCall body, or undefined when it would place the call. */
export type CreateCallRefusal = { status: 400; body: { errors: unknown[] } } | { status: 500; body: { msg: string } };

/**
 * What FS POST /v1/createCall checks before it sends the INVITE: the express-validator schema
 * (400 {errors}), then `makeTask({'rest:dial': body})`, which runs @jambonz/verb-specifications'
 * validateVerb on the whole body (a throw becomes 500 {msg}). Nulls were removed first.
 */
export function validateCreateCallBody(body: Record<string, unknown>): CreateCallRefusal | undefined {
  const errors = CHECKS.filter((c) => !(c.optional && body[c.path] === undefined) && !c.test(body[c.path])).map((c) => ({
    type: 'field',
    ...(body[c.path] !== undefined && { value: body[c.path] }),
    msg: c.msg,
    path: c.path,
    location: 'body',
  }));
  if (errors.length > 0) return { status: 400, body: { errors } };
  const { app_json: _appJson, ...task } = body;
  try {
    specLib.validateVerb('rest:dial', task, quietLogger);
  } catch (error) {
    return { status: 500, body: { msg: error instanceof Error ? error.message : String(error) } };
  }
  return undefined;
}
