import { randomBytes } from 'node:crypto';
import { DbErrorBadRequest, DbErrorForbidden, DbErrorUnprocessableRequest } from './apiErrors';
import { answerEmpty, answerJson, parseSid, validateRequest, type ApiHandler, type ApiRequest } from './ApiRequest';
import { insertWebhook, readWebhook } from './webhooks';
import type { JambonzStore } from '../store/JambonzStore';
import { TABLES, type Row } from '../store/tables';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** `wh_secret_` + a short-uuid, as jambonz generates an account's webhook secret. */
function generateWebhookSecret(): string {
  return `wh_secret_${[...randomBytes(22)].map((b) => BASE58[b % 58]).join('')}`;
}

/** An account as GET returns it: the row with its hooks joined and the bucket credential hidden. */
export function presentAccount(store: JambonzStore, row: Row): Row {
  const { registration_hook_sid, queue_event_hook_sid, ...rest } = row;
  return {
    ...rest,
    registration_hook: readWebhook(store, registration_hook_sid),
    queue_event_hook: readWebhook(store, queue_event_hook_sid),
    bucket_credential: null,
  };
}

function listVisibleAccounts(store: JambonzStore, req: ApiRequest): Row[] {
  const { user } = req;
  return store.find('accounts', (a) =>
    user.hasAccountAuth ? a.account_sid === user.account_sid : user.hasServiceProviderAuth ? a.service_provider_sid === user.service_provider_sid : true,
  );
}

/** /v1/Accounts (jambonz-api-server lib/routes/api/accounts.js): add, list, retrieve, update, delete. */
export function createAccountHandlers(store: JambonzStore): Record<string, ApiHandler> {
  return {
    add: (req) => {
      const { user, body } = req;
      if (user.hasAccountAuth) throw new DbErrorForbidden('insufficient permissions');
      if (user.hasServiceProviderAuth && user.service_provider_sid) body.service_provider_sid = user.service_provider_sid;
      if (body.service_provider_sid && !store.get('service_providers', String(body.service_provider_sid))) {
        throw new DbErrorBadRequest(`service_provider not found for sid ${String(body.service_provider_sid)}`);
      }
      for (const prop of ['registration_hook', 'queue_event_hook']) {
        if (body[prop] && typeof body[prop] !== 'object') throw new DbErrorBadRequest(`'${prop}' must be an object when adding an account`);
      }
      const obj: Row = { ...body, webhook_secret: generateWebhookSecret() };
      for (const prop of ['registration_hook', 'queue_event_hook']) {
        const hook = obj[prop] as { url?: string } | undefined;
        if (hook?.url && hook.url.length > 0) obj[`${prop}_sid`] = insertWebhook(store, hook);
        delete obj[prop];
      }
      if (typeof obj.sip_realm === 'string') obj.sip_realm = obj.sip_realm.toLowerCase();
      return answerJson(201, { sid: store.insert('accounts', obj) });
    },
    list: (req) => answerJson(200, listVisibleAccounts(store, req).map((a) => presentAccount(store, a))),
    retrieve: (req) => {
      const sid = parseSid('Accounts', req);
      validateRequest(store, req, sid);
      const row = store.get('accounts', sid);
      if (!row || (req.user.hasServiceProviderAuth && row.service_provider_sid !== req.user.service_provider_sid)) return answerEmpty(404);
      return answerJson(200, presentAccount(store, row));
    },
    update: (req) => {
      const sid = parseSid('Accounts', req);
      validateRequest(store, req, sid);
      const obj: Row = { ...req.body };
      for (const prop of ['registration_hook', 'queue_event_hook']) {
        if (!(prop in obj)) continue;
        const hook = obj[prop] as { url?: string } | null;
        obj[`${prop}_sid`] = hook?.url ? insertWebhook(store, hook) : null;
        delete obj[prop];
      }
      const { user } = req;
      if (user.hasAccountAuth && req.body.sip_realm) throw new DbErrorBadRequest('use POST /Accounts/:sid/sip_realm/:realm to set or change the sip realm');
      if (!store.get('accounts', sid)) throw new DbErrorBadRequest(`account not found for sid ${sid}`);
      if (user.hasServiceProviderAuth && store.get('accounts', sid)?.service_provider_sid !== user.service_provider_sid) {
        throw new DbErrorForbidden('insufficient privileges');
      }
      if (req.body.service_provider_sid) throw new DbErrorBadRequest('service_provider_sid may not be modified');
      if (typeof obj.sip_realm === 'string') obj.sip_realm = obj.sip_realm.toLowerCase();
      if (Object.keys(obj).length && store.update('accounts', sid!, obj) === 0) return answerEmpty(404);
      return answerEmpty(204);
    },
    remove: (req) => {
      const sid = parseSid('Accounts', req);
      validateRequest(store, req, sid);
      if (req.user.hasAccountAuth && req.user.account_sid !== sid) throw new DbErrorUnprocessableRequest('insufficient privileges to update this account');
      if (!store.get('accounts', sid)) throw new TypeError("Cannot destructure property 'sip_realm' of 'account[0]' as it is undefined.");
      // Everything the account owns goes with it, children first (accounts.js delete).
      for (const table of ['api_keys', 'phone_numbers', 'voip_carriers', 'applications'] as const) {
        for (const row of store.find(table, (r) => r.account_sid === sid)) store.remove(table, String(row[TABLES[table].key]));
      }
      store.remove('accounts', sid!);
      return answerEmpty(204);
    },
  };
}
