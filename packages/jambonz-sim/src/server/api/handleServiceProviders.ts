import { DbErrorBadRequest, DbErrorForbidden } from './apiErrors';
import { answerEmpty, answerJson, parseSid, type ApiHandler } from './ApiRequest';
import type { JambonzStore } from '../store/JambonzStore';

/** /v1/ServiceProviders (jambonz-api-server service-providers.js): admin adds; others see their own. */
export function createServiceProviderHandlers(store: JambonzStore): Record<string, ApiHandler> {
  return {
    add: (req) => {
      if (!req.user.hasAdminAuth) throw new DbErrorForbidden('only admin users can add a service provider');
      return answerJson(201, { sid: store.insert('service_providers', req.body) });
    },
    list: (req) => {
      const { user } = req;
      return answerJson(200, store.find('service_providers', (sp) => user.hasAdminAuth || sp.service_provider_sid === user.service_provider_sid));
    },
    retrieve: (req) => {
      const sid = parseSid('ServiceProviders', req);
      if (!req.user.hasAdminAuth && sid !== req.user.service_provider_sid) throw new DbErrorForbidden('insufficient permissions');
      const row = store.get('service_providers', sid);
      return row ? answerJson(200, row) : answerEmpty(404);
    },
  };
}

/** /v1/ApiKeys (jambonz-api-server api-keys.js): 201 {sid, token}. */
export function createApiKeyHandlers(store: JambonzStore): Record<string, ApiHandler> {
  return {
    add: (req) => {
      const { user, body } = req;
      body.token = crypto.randomUUID();
      if (user.hasServiceProviderAuth) {
        if (!body.service_provider_sid && !body.account_sid) throw new DbErrorBadRequest('service provider token may not be used to create admin token');
        if (body.service_provider_sid && body.service_provider_sid !== user.service_provider_sid) {
          throw new DbErrorBadRequest('a service provider token can only be used to create tokens for the same service provider');
        }
        if (body.account_sid && store.get('accounts', String(body.account_sid))?.service_provider_sid !== user.service_provider_sid) {
          throw new DbErrorBadRequest('a service provider token can only be used to create tokens for the same service provider');
        }
        if (body.account_sid) delete body.service_provider_sid;
        else body.service_provider_sid = user.service_provider_sid;
      }
      if (user.hasAccountAuth) {
        if (body.account_sid !== user.account_sid) {
          throw new DbErrorBadRequest('an account level token can only be used to create account level tokens for the same account');
        }
        delete body.service_provider_sid;
      }
      const { expiry_secs, ...row } = body;
      if (typeof expiry_secs === 'number') row.expires_at = new Date(Date.now() + expiry_secs * 1000).toISOString();
      return answerJson(201, { sid: store.insert('api_keys', row), token: body.token });
    },
  };
}
