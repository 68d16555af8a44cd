import { DbErrorBadRequest } from './apiErrors';
import type { ApiAnswer } from './apiErrors';
import { answerJson, parseSid, validateRequest, type ApiHandler, type ApiRequest } from './ApiRequest';
import { presentApplication } from './handleApplications';
import type { JambonzStore } from '../store/JambonzStore';
import type { Row } from '../store/tables';

/** What the API server asks of the feature servers (FS /v1/createCall, /v1/updateCall and Redis). */
export interface CallControl {
  /** FS POST /v1/createCall: its status and JSON (201 {sid, callId}, or 400/500). */
  createCall(body: Row): Promise<ApiAnswer>;
  /** FS POST /v1/updateCall/{callSid}: 202, 200 {status, reason}, 400 or 422 (text). */
  updateCall(callSid: string, body: Row): Promise<ApiAnswer>;
  /** The call's record in Redis (call:<account>:<callSid>), snake-cased, or undefined. */
  retrieveCall(accountSid: string, callSid: string): Row | undefined;
  listCalls(accountSid: string): Row[];
  deleteCall(accountSid: string, callSid: string): boolean;
  listQueues(accountSid: string, glob: string | null): Array<{ name: string; length: number }>;
  listConferences(accountSid: string): string[];
  /** Registered SIP users of a realm: user name -> registration. */
  listRegistrations(realm: string): Map<string, { contact: string; expiryTime: number; protocol: string; proxy: string }>;
}

/** accounts.js validateUpdateCall: one kind of update per request (whisper may ride along). */
export function validateUpdateCall(opts: Row): void {
  const counted = [
    'call_hook', 'child_call_hook', 'call_status', 'listen_status', 'transcribe_status', 'conf_hold_status', 'conf_mute_status',
    'mute_status', 'sip_request', 'record', 'tag', 'dtmf', 'conferenceParticipantAction', 'dub', 'boostAudioSignal', 'media_path',
  ];
  const count = counted.filter((prop) => opts[prop]).length;
  if (count === 0 && !opts.whisper) throw new DbErrorBadRequest('no valid options supplied to updateCall');
  if (count === 2 && !((opts.call_hook && opts.child_call_hook) || (opts.conf_hold_status && opts.waitHook))) {
    throw new DbErrorBadRequest('multiple options are not allowed in updateCall');
  }
  if (count > 2) throw new DbErrorBadRequest('multiple options are not allowed in updateCall');
  const oneOf = (prop: string, values: string[]): void => {
    if (opts[prop] && !values.includes(String(opts[prop]))) throw new DbErrorBadRequest(`invalid ${prop}`);
  };
  oneOf('call_status', ['completed', 'no-answer']);
  oneOf('listen_status', ['pause', 'silence', 'resume']);
  oneOf('mute_status', ['mute', 'unmute']);
  oneOf('conf_hold_status', ['hold', 'unhold']);
  oneOf('conf_mute_status', ['mute', 'unmute']);
  const sipRequest = opts.sip_request as Row | undefined;
  if (sipRequest && (!sipRequest.method || !sipRequest.content_type || !sipRequest.content)) {
    throw new DbErrorBadRequest('sip_request requires method, content_type and content properties');
  }
  const record = opts.record as Row | undefined;
  if (record && !record.action) throw new DbErrorBadRequest('record requires action property');
  if (opts.dtmf && !(opts.dtmf as Row).digit) throw new DbErrorBadRequest('invalid dtmf');
  if (record?.action && !record.siprecServerURL && record.type !== 'cloud') {
    throw new DbErrorBadRequest('record requires siprecServerURL property when starting recording');
  }
  if (opts.tag && (typeof opts.tag !== 'object' || Array.isArray(opts.tag))) throw new DbErrorBadRequest('invalid tag data');
  const action = opts.conferenceParticipantAction as Row | undefined;
  if (action) {
    if (!['tag', 'untag', 'coach', 'uncoach', 'mute', 'unmute', 'hold', 'unhold'].includes(String(action.action))) {
      throw new DbErrorBadRequest(`conferenceParticipantAction invalid action property ${String(action.action)}`);
    }
    for (const needsTag of ['tag', 'coach']) {
      if (action.action === needsTag && !action.tag) throw new DbErrorBadRequest(`conferenceParticipantAction requires tag property when action is '${needsTag}'`);
    }
  }
  oneOf('media_path', ['no-media', 'partial-media', 'full-media']);
}

function validateTo(to: unknown): void {
  const t = to as Row | null;
  if (t && typeof t === 'object') {
    if ((t.type === 'phone' || t.type === 'teams') && typeof t.number === 'string') return;
    if (t.type === 'user' && typeof t.name === 'string') return;
    if (t.type === 'sip' && typeof t.sipUri === 'string') return;
  }
  throw new DbErrorBadRequest(`missing or invalid to property: ${JSON.stringify(to)}`);
}

/** accounts.js validateCreateCall: required fields, application settings copied in, absolute hook URLs. */
function validateCreateCall(store: JambonzStore, sid: string, req: ApiRequest): void {
  const obj = req.body;
  if (req.user.hasServiceProviderAuth || (req.user.hasAccountAuth && req.user.account_sid !== sid)) {
    throw new DbErrorBadRequest(`unauthorized createCall request for account ${sid}`);
  }
  obj.account_sid = sid;
  if (!obj.from) throw new DbErrorBadRequest('missing from parameter');
  validateTo(obj.to);
  if (obj.application_sid) {
    const row = store.get('applications', String(obj.application_sid));
    if (!row) throw new DbErrorBadRequest(`application_sid not found ${String(obj.application_sid)}`);
    const app = presentApplication(store, row);
    Object.assign(obj, {
      call_hook: app.call_hook, app_json: app.app_json, call_status_hook: app.call_status_hook,
      speech_synthesis_vendor: app.speech_synthesis_vendor, speech_synthesis_language: app.speech_synthesis_language,
      speech_synthesis_voice: app.speech_synthesis_voice, speech_recognizer_vendor: app.speech_recognizer_vendor,
      speech_recognizer_language: app.speech_recognizer_language,
    });
  } else {
    delete obj.application_sid;
    const speech = ['speech_synthesis_vendor', 'speech_synthesis_language', 'speech_synthesis_voice', 'speech_recognizer_vendor', 'speech_recognizer_language'];
    if (speech.some((prop) => !obj[prop])) {
      throw new DbErrorBadRequest(`either application_sid or set of ${speech.join(', ')} required`);
    }
  }
  if (!obj.call_hook && !obj.application_sid) throw new DbErrorBadRequest('either call_hook or application_sid required');
  for (const prop of ['call_hook', 'call_status_hook']) {
    if (typeof obj[prop] === 'string') obj[prop] = { url: obj[prop], method: 'POST' };
    const hook = obj[prop] as Row | null | undefined;
    if (hook && typeof hook === 'object' && typeof hook.url !== 'string') {
      throw new DbErrorBadRequest(`${prop} must be string or an object containing a url property`);
    }
    if (hook && !/^(https?|wss?):/.test(String(hook.url))) throw new DbErrorBadRequest(`${prop} url be an absolute url`);
  }
}

/** /v1/Accounts/{sid}/Calls, Queues, Conferences, RegisteredSipUsers (jambonz-api-server accounts.js). */
export function createCallHandlers(store: JambonzStore, calls: CallControl): Record<string, ApiHandler> {
  const accountOf = (req: ApiRequest): string => {
    const sid = parseSid('Accounts', req);
    validateRequest(store, req, sid);
    return sid ?? '';
  };
  const realmOf = (sid: string, requireRealm: boolean): string => {
    const account = store.get('accounts', sid);
    if (!account) throw new DbErrorBadRequest(`account not found for sid ${sid}`);
    if (requireRealm && !account.sip_realm) throw new DbErrorBadRequest('account does not have sip_realm configuration');
    return String(account.sip_realm);
  };
  return {
    create: async (req) => {
      const sid = accountOf(req);
      validateCreateCall(store, sid, req);
      const answer = await calls.createCall({ ...req.body, account_sid: sid });
      // Anything but 201 from the feature server becomes a bare 500.
      if (answer.status !== 201) return { status: 500, text: 'Internal Server Error' };
      return answer;
    },
    list: (req) => {
      const sid = accountOf(req);
      const q = req.query;
      const filters: Array<[string, string | null]> = [['direction', q.get('direction')], ['from', q.get('from')], ['to', q.get('to')], ['call_status', q.get('callStatus')]];
      return answerJson(200, calls.listCalls(sid).filter((call) => filters.every(([key, value]) => !value || call[key] === value)));
    },
    retrieve: (req) => {
      const sid = accountOf(req);
      const callSid = parseSid('Calls', req) ?? '';
      const call = calls.retrieveCall(sid, callSid);
      return call ? answerJson(200, call) : { status: 404, text: 'Not Found' };
    },
    remove: (req) => {
      const sid = accountOf(req);
      const callSid = parseSid('Calls', req) ?? '';
      return calls.deleteCall(sid, callSid) ? { status: 204 } : { status: 404, text: 'Not Found' };
    },
    update: async (req) => {
      const sid = accountOf(req);
      const callSid = parseSid('Calls', req) ?? '';
      validateUpdateCall(req.body);
      if (!calls.retrieveCall(sid, callSid)) return { status: 404, text: 'Not Found' };
      return calls.updateCall(callSid, req.body);
    },
    listQueues: (req) => answerJson(200, calls.listQueues(accountOf(req), req.query.get('search'))),
    listConferences: (req) => answerJson(200, calls.listConferences(accountOf(req))),
    listRegisteredUsers: (req) => {
      const realm = realmOf(accountOf(req), true);
      return answerJson(200, [...calls.listRegistrations(realm).keys()].map((user) => `${user}@${realm}`));
    },
    queryRegisteredUsers: (req) => {
      const realm = realmOf(accountOf(req), true);
      const registrations = calls.listRegistrations(realm);
      const users = Array.isArray(req.body) ? (req.body as unknown[]).map(String) : [];
      if (users.length === 0) return answerJson(200, [...registrations].map(([name, reg]) => ({ name, ...reg })));
      return answerJson(200, users.map((name) => {
        const reg = registrations.get(name) ?? { name, contact: null, expiryTime: 0, protocol: null };
        return { name, ...reg, registered_status: reg.expiryTime > 0 ? 'active' : 'inactive' };
      }));
    },
    retrieveRegisteredUser: (req) => {
      const realm = realmOf(accountOf(req), false);
      const client = req.params.client ?? '';
      const reg = calls.listRegistrations(realm).get(client);
      return answerJson(200, {
        name: client, contact: reg?.contact ?? null, expiryTime: reg?.expiryTime ?? 0, protocol: reg?.protocol ?? null,
        allow_direct_app_calling: 0, allow_direct_queue_calling: 0, allow_direct_user_calling: 0,
        registered_status: reg ? 'active' : 'inactive', proxy: reg?.proxy ?? null,
      });
    },
  };
}
