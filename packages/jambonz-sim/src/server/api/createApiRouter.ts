import { authenticate } from './authenticate';
import { convertErrorToAnswer, type ApiAnswer } from './apiErrors';
import type { ApiHandler, ApiRequest } from './ApiRequest';
import { createAccountHandlers } from './handleAccounts';
import { createApplicationHandlers } from './handleApplications';
import { createCallHandlers, type CallControl } from './handleCalls';
import { createPhoneNumberHandlers } from './handlePhoneNumbers';
import { createApiKeyHandlers, createServiceProviderHandlers } from './handleServiceProviders';
import { createVoipCarrierHandlers } from './handleVoipCarriers';
import type { JambonzStore } from '../store/JambonzStore';
import type { Row } from '../store/tables';

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: ApiHandler;
}

// Express paths: `:name` matches one segment, matching is case-insensitive, a trailing slash is allowed.
function compile(method: string, path: string, handler: ApiHandler): Route {
  const names: string[] = [];
  const source = path.replace(/:([A-Za-z_]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, pattern: new RegExp(`^${source}/?$`, 'i'), names, handler };
}

/** The `/v1` routes of jambonz-api-server that Centrala uses, over one store and one feature server. */
export function createApiRouter(store: JambonzStore, calls: CallControl) {
  const accounts = createAccountHandlers(store);
  const applications = createApplicationHandlers(store);
  const numbers = createPhoneNumberHandlers(store);
  const carriers = createVoipCarrierHandlers(store);
  const providers = createServiceProviderHandlers(store);
  const keys = createApiKeyHandlers(store);
  const callApi = createCallHandlers(store, calls);
  const table: Array<[string, string, ApiHandler | undefined]> = [
    ['POST', '/v1/ServiceProviders', providers.add],
    ['GET', '/v1/ServiceProviders', providers.list],
    ['GET', '/v1/ServiceProviders/:sid', providers.retrieve],
    ['POST', '/v1/ApiKeys', keys.add],
    ['POST', '/v1/Accounts', accounts.add],
    ['GET', '/v1/Accounts', accounts.list],
    ['GET', '/v1/Accounts/:sid', accounts.retrieve],
    ['PUT', '/v1/Accounts/:sid', accounts.update],
    ['DELETE', '/v1/Accounts/:sid', accounts.remove],
    ['GET', '/v1/Accounts/:sid/Applications', applications.listForAccount],
    ['GET', '/v1/Accounts/:sid/VoipCarriers', carriers.listForAccount],
    ['POST', '/v1/Accounts/:sid/VoipCarriers', carriers.addForAccount],
    ['GET', '/v1/Accounts/:sid/RegisteredSipUsers', callApi.listRegisteredUsers],
    ['POST', '/v1/Accounts/:sid/RegisteredSipUsers', callApi.queryRegisteredUsers],
    ['GET', '/v1/Accounts/:sid/RegisteredSipUsers/:client', callApi.retrieveRegisteredUser],
    ['POST', '/v1/Accounts/:sid/Calls', callApi.create],
    ['GET', '/v1/Accounts/:sid/Calls', callApi.list],
    ['GET', '/v1/Accounts/:sid/Calls/:callSid', callApi.retrieve],
    ['POST', '/v1/Accounts/:sid/Calls/:callSid', callApi.update],
    ['PUT', '/v1/Accounts/:sid/Calls/:callSid', callApi.update],
    ['DELETE', '/v1/Accounts/:sid/Calls/:callSid', callApi.remove],
    ['GET', '/v1/Accounts/:sid/Queues', callApi.listQueues],
    ['GET', '/v1/Accounts/:sid/Conferences', callApi.listConferences],
    ['POST', '/v1/Applications', applications.add],
    ['GET', '/v1/Applications', applications.list],
    ['GET', '/v1/Applications/:sid', applications.retrieve],
    ['PUT', '/v1/Applications/:sid', applications.update],
    ['DELETE', '/v1/Applications/:sid', applications.remove],
    ['POST', '/v1/VoipCarriers', carriers.add],
    ['GET', '/v1/VoipCarriers', carriers.list],
    ['GET', '/v1/VoipCarriers/:sid', carriers.retrieve],
    ['PUT', '/v1/VoipCarriers/:sid', carriers.update],
    ['DELETE', '/v1/VoipCarriers/:sid', carriers.remove],
    ['POST', '/v1/PhoneNumbers', numbers.add],
    ['GET', '/v1/PhoneNumbers', numbers.list],
    ['GET', '/v1/PhoneNumbers/:sid', numbers.retrieve],
    ['PUT', '/v1/PhoneNumbers/:sid', numbers.update],
    ['DELETE', '/v1/PhoneNumbers/:sid', numbers.remove],
  ];
  const routes = table.map(([method, path, handler]) => compile(method, path, handler!));

  /** Answers one request; `body` is the parsed JSON (or undefined). */
  return async function handleApiRequest(method: string, url: URL, authorization: string | undefined, body: unknown): Promise<ApiAnswer> {
    const user = authenticate(store, authorization);
    if ('status' in user) return user;
    for (const route of routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
      const req: ApiRequest = {
        method,
        originalUrl: url.pathname,
        params,
        query: url.searchParams,
        body: (typeof body === 'object' && body !== null ? body : {}) as Row,
        user,
      };
      try {
        return await route.handler(req);
      } catch (error) {
        return convertErrorToAnswer(error);
      }
    }
    // express's final handler
    return { status: 404, text: `Cannot ${method} ${url.pathname}`, headers: { 'content-type': 'text/html; charset=utf-8' } };
  };
}
