import specLib from '@jambonz/verb-specifications';
import { DbErrorBadRequest, DbErrorForbidden, DbErrorUnprocessableRequest } from './apiErrors';
import { answerEmpty, answerJson, parseSid, validateRequest, type ApiHandler, type ApiRequest } from './ApiRequest';
import { insertWebhook, readWebhook } from './webhooks';
import type { JambonzStore } from '../store/JambonzStore';
import type { Row } from '../store/tables';

const HOOKS = ['call_hook', 'call_status_hook', 'messaging_hook'] as const;
const quietLogger = { info: () => undefined, debug: () => undefined, error: () => undefined };

/** isInvalidUrl (routes/api/utils.js): absolute http(s)/ws(s) URL with a valid hostname. */
export function describeInvalidUrl(value: unknown): string | false {
  const s = String(value);
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return 'URL is invalid';
  }
  if (s.length !== s.trim().length) return 'URL contains leading/trailing whitespace';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!/^[a-zA-Z0-9.:-]{1,253}$/.test(host) || host.split('.').some((label) => label.length === 0 || label.length > 63)) {
    return `URL has invalid hostname ${url.hostname}`;
  }
  if (!['https:', 'http:', 'ws:', 'wss:'].includes(url.protocol)) return `URL has missing or invalid protocol ${url.protocol}`;
  return false;
}

/** An application as GET returns it (Application.retrieve: hooks joined as objects or null). */
export function presentApplication(store: JambonzStore, row: Row): Row {
  const { call_hook_sid, call_status_hook_sid, messaging_hook_sid, ...rest } = row;
  const envVars = typeof rest.env_vars === 'string' ? (JSON.parse(rest.env_vars) as unknown) : rest.env_vars;
  return {
    ...rest,
    env_vars: envVars,
    call_hook: readWebhook(store, call_hook_sid),
    call_status_hook: readWebhook(store, call_status_hook_sid),
    messaging_hook: readWebhook(store, messaging_hook_sid),
  };
}

function checkAppJson(obj: Row): void {
  if (!obj.app_json) return;
  try {
    specLib.validate(quietLogger, JSON.parse(String(obj.app_json)));
  } catch (error) {
    throw new DbErrorBadRequest(String(error));
  }
}

function accountOfApplication(store: JambonzStore, sid: string | undefined): Row | undefined {
  return store.get('accounts', store.get('applications', sid)?.account_sid as string | undefined);
}

function checkHookUrls(body: Row, required: boolean, verb: string): void {
  for (const prop of ['call_hook', 'call_status_hook'] as const) {
    if (body[prop] && typeof body.call_hook !== 'object') throw new DbErrorBadRequest(`'${prop}' must be an object when ${verb} an application`);
  }
  for (const prop of ['call_hook', 'call_status_hook'] as const) {
    // jambonz reads `.url` of a missing hook on add: a TypeError, answered 500.
    if (required && !body[prop]) throw new TypeError("Cannot read properties of undefined (reading 'url')");
    const hook = body[prop] as { url?: unknown } | undefined;
    if (!hook) continue;
    const problem = describeInvalidUrl(hook.url);
    if (problem) throw new DbErrorBadRequest(`${prop} ${problem}`);
  }
}

function listVisible(store: JambonzStore, req: ApiRequest, accountSid?: string): Row[] {
  const { user } = req;
  const name = req.query.get('name');
  return store
    .find('applications', (a) => {
      if (accountSid && a.account_sid !== accountSid) return false;
      if (user.hasAccountAuth && a.account_sid !== user.account_sid) return false;
      if (user.hasServiceProviderAuth && store.get('accounts', a.account_sid as string)?.service_provider_sid !== user.service_provider_sid) return false;
      return !name || String(a.name).includes(name);
    })
    .sort((a, b) => String(a.application_sid).localeCompare(String(b.application_sid)));
}

/** /v1/Applications (jambonz-api-server lib/routes/api/applications.js). */
export function createApplicationHandlers(store: JambonzStore): Record<string, ApiHandler> {
  return {
    add: (req) => {
      const { user, body } = req;
      if (user.account_sid) body.account_sid = user.account_sid;
      else if (user.hasServiceProviderAuth) {
        if (!body.account_sid) throw new DbErrorBadRequest("missing required field: 'account_sid'");
        if (store.get('accounts', String(body.account_sid))?.service_provider_sid !== user.service_provider_sid) {
          throw new DbErrorForbidden('insufficient privileges');
        }
      }
      checkHookUrls(body, true, 'adding');
      const obj: Row = { ...body };
      for (const prop of HOOKS) {
        if (obj[prop]) obj[`${prop}_sid`] = insertWebhook(store, obj[prop]);
        delete obj[prop];
      }
      checkAppJson(obj);
      if (obj.env_vars !== undefined && obj.env_vars !== null) obj.env_vars = JSON.stringify(obj.env_vars);
      return answerJson(201, { sid: store.insert('applications', obj) });
    },
    list: (req) => answerJson(200, listVisible(store, req).map((a) => presentApplication(store, a))),
    listForAccount: (req) => {
      const accountSid = parseSid('Accounts', req);
      validateRequest(store, req, accountSid);
      return answerJson(200, listVisible(store, req, accountSid).map((a) => presentApplication(store, a)));
    },
    retrieve: (req) => {
      const sid = parseSid('Applications', req);
      const row = store.get('applications', sid);
      const { user } = req;
      if (!row || (user.hasAccountAuth && row.account_sid !== user.account_sid)) return answerEmpty(404);
      if (user.hasServiceProviderAuth && accountOfApplication(store, sid)?.service_provider_sid !== user.service_provider_sid) return answerEmpty(404);
      return answerJson(200, presentApplication(store, row));
    },
    update: (req) => {
      const sid = parseSid('Applications', req);
      const row = store.get('applications', sid);
      const { user } = req;
      if (user.hasAccountAuth && (!row || row.account_sid !== user.account_sid)) throw new DbErrorForbidden('insufficient privileges');
      if (user.hasServiceProviderAuth) {
        if (!row) throw new TypeError("Cannot read properties of undefined (reading 'account_sid')");
        if (accountOfApplication(store, sid)?.service_provider_sid !== user.service_provider_sid) throw new DbErrorForbidden('insufficient permissions');
      } else checkHookUrls(req.body, false, 'updating');
      const obj: Row = { ...req.body };
      for (const prop of HOOKS) {
        const hook = obj[prop] as Row | undefined;
        if (prop in obj && hook && Object.keys(hook).length) {
          if ('webhook_sid' in hook) {
            const { webhook_sid, ...rest } = hook;
            store.update('webhooks', String(webhook_sid), rest);
          } else obj[`${prop}_sid`] = insertWebhook(store, hook);
        }
        delete obj[prop];
      }
      checkAppJson(obj);
      if (obj.env_vars !== undefined && obj.env_vars !== null) obj.env_vars = JSON.stringify(obj.env_vars);
      if (store.update('applications', sid!, obj) === 0) return answerEmpty(404);
      return answerEmpty(204);
    },
    remove: (req) => {
      const sid = parseSid('Applications', req);
      const row = store.get('applications', sid);
      const { user } = req;
      if (user.hasAccountAuth) {
        if (!row) throw new DbErrorBadRequest('application does not exist');
        if (row.account_sid !== user.account_sid) throw new DbErrorUnprocessableRequest('insufficient permissions');
      }
      if (store.find('phone_numbers', (n) => n.application_sid === sid).length > 0) {
        throw new DbErrorUnprocessableRequest('cannot delete application with phone numbers');
      }
      if (!row) throw new TypeError("Cannot destructure property 'call_hook_sid' of 'application[0]' as it is undefined.");
      store.remove('applications', sid!);
      for (const prop of HOOKS) {
        const hookSid = row[`${prop}_sid`];
        if (typeof hookSid === 'string' && !store.find('applications', (a) => a[`${prop}_sid`] === hookSid).length) store.remove('webhooks', hookSid);
      }
      return answerEmpty(204);
    },
  };
}
