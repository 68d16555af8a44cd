import { DbErrorBadRequest, DbErrorUnprocessableRequest } from './apiErrors';
import { answerEmpty, answerJson, parseSid, validateRequest, type ApiHandler } from './ApiRequest';
import type { JambonzStore } from '../store/JambonzStore';
import type { Row } from '../store/tables';

/** voip-carriers.js `validate`: an account key acts on its own account; an application must be the account's. */
function validateCarrier(store: JambonzStore, body: Row, accountSid: string | null): void {
  if (accountSid) body.account_sid = accountSid;
  if (body.application_sid && !body.account_sid) throw new DbErrorBadRequest('account_sid missing');
  if (body.application_sid) {
    const application = store.get('applications', String(body.application_sid));
    if (!application) throw new DbErrorBadRequest('unknown application_sid');
    if (application.account_sid !== body.account_sid) throw new DbErrorBadRequest('application_sid does not exist for specified account_sid');
  }
  if (body.account_sid && !store.get('accounts', String(body.account_sid))) throw new DbErrorBadRequest('unknown account_sid');
}

/** /v1/VoipCarriers and /v1/Accounts/{sid}/VoipCarriers (jambonz-api-server voip-carriers.js, accounts.js). */
export function createVoipCarrierHandlers(store: JambonzStore): Record<string, ApiHandler> {
  return {
    add: (req) => {
      validateCarrier(store, req.body, req.user.hasAccountAuth ? req.user.account_sid : null);
      if (req.user.hasServiceProviderAuth) req.body.service_provider_sid = req.user.service_provider_sid;
      return answerJson(201, { sid: store.insert('voip_carriers', req.body) });
    },
    list: (req) => {
      const { user } = req;
      // An account sees its own carriers and its service provider's shared ones.
      const spOfAccount = user.hasAccountAuth ? store.get('accounts', user.account_sid)?.service_provider_sid : undefined;
      const rows = store.find('voip_carriers', (c) =>
        user.hasAccountAuth
          ? c.account_sid === user.account_sid || (c.account_sid === null && c.service_provider_sid === spOfAccount)
          : user.hasServiceProviderAuth ? c.service_provider_sid === user.service_provider_sid : true,
      );
      return answerJson(200, rows);
    },
    retrieve: (req) => {
      const sid = parseSid('VoipCarriers', req);
      const row = store.get('voip_carriers', sid);
      if (!row || (req.user.hasAccountAuth && row.account_sid !== req.user.account_sid)) return answerEmpty(404);
      return answerJson(200, row);
    },
    update: (req) => {
      const sid = req.params.sid ?? '';
      const row = store.get('voip_carriers', sid);
      if (req.user.hasAccountAuth && row && row.account_sid !== req.user.account_sid) throw new DbErrorUnprocessableRequest('carrier belongs to a different user');
      validateCarrier(store, req.body, req.user.hasAccountAuth ? req.user.account_sid : null);
      if (store.update('voip_carriers', sid, req.body) === 0) return { status: 404, text: 'Not Found' };
      return answerEmpty(204);
    },
    remove: (req) => {
      const sid = req.params.sid ?? '';
      const row = store.get('voip_carriers', sid);
      if (req.user.hasAccountAuth && row && row.account_sid !== req.user.account_sid) throw new DbErrorUnprocessableRequest('carrier belongs to a different user');
      if (store.find('phone_numbers', (n) => n.voip_carrier_sid === sid).length > 0) {
        throw new DbErrorUnprocessableRequest('cannot delete voip carrier with active phone numbers');
      }
      if (store.remove('voip_carriers', sid) === 0) return { status: 404, text: 'Not Found' };
      return answerEmpty(204);
    },
    listForAccount: (req) => {
      const accountSid = parseSid('Accounts', req);
      validateRequest(store, req, accountSid);
      return answerJson(200, store.find('voip_carriers', (c) => c.account_sid === accountSid));
    },
    addForAccount: (req) => {
      const accountSid = parseSid('Accounts', req);
      validateRequest(store, req, accountSid);
      const account = store.get('accounts', req.user.account_sid ?? accountSid);
      if (!account) throw new TypeError("Cannot read properties of undefined (reading 'service_provider_sid')");
      return answerJson(201, { sid: store.insert('voip_carriers', { account_sid: accountSid, ...req.body, service_provider_sid: account.service_provider_sid }) });
    },
  };
}
