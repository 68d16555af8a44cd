import { DbErrorBadRequest, DbErrorForbidden } from './apiErrors';
import { answerEmpty, answerJson, parseSid, type ApiHandler, type ApiRequest } from './ApiRequest';
import type { JambonzStore } from '../store/JambonzStore';
import type { Row } from '../store/tables';

/** jambonz stores E.164 numbers without the leading '+' (lib/utils/phone-number-utils.js e164). */
export function normalizeNumber(number: string): string {
  return number.startsWith('+') ? number.slice(1) : number;
}

function serviceProviderOf(store: JambonzStore, row: Row): unknown {
  return row.service_provider_sid ?? store.get('accounts', row.account_sid as string)?.service_provider_sid;
}

function listVisible(store: JambonzStore, req: ApiRequest): Row[] {
  const { user, query } = req;
  let accountSid = query.get('account_sid');
  let spSid = query.get('service_provider_sid');
  if (user.hasAccountAuth) {
    accountSid = user.account_sid;
    spSid = null;
  } else if (user.hasServiceProviderAuth) {
    spSid = user.service_provider_sid;
    accountSid = query.get('account_sid');
  }
  const filter = query.get('filter');
  return store
    .find('phone_numbers', (n) => {
      if (accountSid && n.account_sid !== accountSid) return false;
      if (spSid && store.get('accounts', n.account_sid as string)?.service_provider_sid !== spSid) return false;
      return !filter || String(n.number).includes(filter);
    })
    .sort((a, b) => String(a.number).localeCompare(String(b.number)));
}

/** /v1/PhoneNumbers (jambonz-api-server lib/routes/api/phone-numbers.js). */
export function createPhoneNumberHandlers(store: JambonzStore): Record<string, ApiHandler> {
  return {
    add: (req) => {
      const { user, body } = req;
      if (user.hasAccountAuth) body.account_sid = user.account_sid;
      if (user.hasServiceProviderAuth) body.service_provider_sid = user.service_provider_sid;
      if (!body.number) throw new DbErrorBadRequest('number is required');
      if (typeof body.number !== 'string') throw new DbErrorBadRequest('number.startsWith is not a function');
      if (/\s/.test(body.number)) throw new DbErrorBadRequest('number cannot contain whitespace');
      body.number = normalizeNumber(body.number);
      if (body.voip_carrier_sid) {
        const carrier = store.get('voip_carriers', String(body.voip_carrier_sid));
        if (!carrier) throw new DbErrorBadRequest(`voip_carrier not found for sid ${String(body.voip_carrier_sid)}`);
        if (carrier.account_sid && body.account_sid && body.account_sid !== carrier.account_sid) {
          throw new DbErrorBadRequest('voip_carrier_sid does not belong to the account');
        }
      }
      return answerJson(201, { sid: store.insert('phone_numbers', body) });
    },
    list: (req) => {
      const rows = listVisible(store, req);
      const page = req.query.get('page');
      if (page === null) return answerJson(200, rows);
      const size = Number(req.query.get('page_size') ?? 50);
      const offset = (Number(page) > 0 ? Number(page) - 1 : Number(page)) * size;
      return answerJson(200, { total: rows.length, page: Number(page), page_size: size, data: rows.slice(offset, offset + size) });
    },
    retrieve: (req) => {
      const sid = parseSid('PhoneNumbers', req);
      const row = store.get('phone_numbers', sid);
      const { user } = req;
      if (!row || (user.hasAccountAuth && row.account_sid !== user.account_sid)) return answerEmpty(404);
      if (user.hasServiceProviderAuth && store.get('accounts', row.account_sid as string)?.service_provider_sid !== user.service_provider_sid) {
        throw new DbErrorBadRequest('insufficient privileges');
      }
      return answerJson(200, row);
    },
    update: (req) => {
      // The generic update and delete (decorate.js) read the sid as given, without checking its format.
      const sid = req.params.sid ?? '';
      const { user, body } = req;
      if (body.voip_carrier_sid) throw new DbErrorBadRequest('voip_carrier_sid may not be modified');
      if (body.number) throw new DbErrorBadRequest('number may not be modified');
      const row = store.get('phone_numbers', sid);
      if (user.hasAccountAuth && row && row.account_sid !== user.account_sid) throw new DbErrorForbidden('insufficient privileges');
      if (user.hasServiceProviderAuth) {
        if (!row) throw new TypeError("Cannot read properties of undefined (reading 'service_provider_sid')");
        if (serviceProviderOf(store, row) !== user.service_provider_sid) throw new DbErrorForbidden('insufficient privileges');
      }
      if (store.update('phone_numbers', sid, body) === 0) return { status: 404, text: 'Not Found' };
      return answerEmpty(204);
    },
    remove: (req) => {
      const sid = req.params.sid ?? '';
      const row = store.get('phone_numbers', sid);
      if (req.user.hasAccountAuth && row && row.account_sid !== req.user.account_sid) throw new DbErrorForbidden('insufficient privileges');
      if (store.remove('phone_numbers', sid) === 0) return { status: 404, text: 'Not Found' };
      return answerEmpty(204);
    },
  };
}
