import type { ApiAnswer } from './apiErrors';
import type { ApiUser } from './ApiRequest';
import type { JambonzStore } from '../store/JambonzStore';

/**
 * passport-http-bearer as jambonz-api-server uses it (app.js, lib/auth/index.js): the token from
 * `Authorization: Bearer`, looked up in api_keys. Its scope follows from the row: no account and no
 * service provider = admin. A missing or unknown token is answered 401 with passport's challenge.
 */
export function authenticate(store: JambonzStore, authorization: string | undefined): ApiUser | ApiAnswer {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return { status: 401, text: 'Unauthorized', headers: { 'www-authenticate': 'Bearer realm="Users"' } };
  const keys = store.find('api_keys', (k) => k.token === match[1]);
  if (keys.length !== 1) {
    return { status: 401, text: 'Unauthorized', headers: { 'www-authenticate': 'Bearer realm="Users", error="invalid_token"' } };
  }
  const key = keys[0]!;
  const scope = key.account_sid === null && key.service_provider_sid === null ? 'admin' : key.service_provider_sid ? 'service_provider' : 'account';
  return {
    scope,
    account_sid: (key.account_sid as string | null) ?? null,
    service_provider_sid: (key.service_provider_sid as string | null) ?? null,
    hasAdminAuth: scope === 'admin',
    hasServiceProviderAuth: scope === 'service_provider',
    hasAccountAuth: scope === 'account',
  };
}
