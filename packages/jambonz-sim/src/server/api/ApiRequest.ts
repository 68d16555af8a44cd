import { BadRequestError, DbErrorForbidden, type ApiAnswer } from './apiErrors';
import type { JambonzStore } from '../store/JambonzStore';
import type { Row } from '../store/tables';

/** Who an API key belongs to (jambonz-api-server lib/auth/index.js checkApiTokens). */
export interface ApiUser {
  scope: 'admin' | 'service_provider' | 'account';
  account_sid: string | null;
  service_provider_sid: string | null;
  hasAccountAuth: boolean;
  hasServiceProviderAuth: boolean;
  hasAdminAuth: boolean;
}

export interface ApiRequest {
  method: string;
  /** The path as received (e.g. /v1/Accounts/<sid>/Calls), for jambonz's sid parsing. */
  originalUrl: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Row;
  user: ApiUser;
}

export type ApiHandler = (req: ApiRequest) => ApiAnswer | Promise<ApiAnswer>;

const UUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i;

/** jambonz's validateSid (routes/api/utils.js): the sid after `<model>/` in the URL must be a uuid. */
export function parseSid(model: string, req: ApiRequest): string | undefined {
  const match = new RegExp(`${model}/([^/?]*)`).exec(req.originalUrl);
  if (!match) return undefined;
  if (!UUID.test(match[1]!)) throw new BadRequestError(`invalid ${model}Sid format`);
  return match[1];
}

/** jambonz's validateRequest (routes/api/accounts.js): may this key act on that account? */
export function validateRequest(store: JambonzStore, req: ApiRequest, accountSid: string | undefined): void {
  const { user } = req;
  if (user.scope === 'admin') return;
  if (user.scope === 'account') {
    if (accountSid === user.account_sid) return;
    throw new DbErrorForbidden('insufficient permissions');
  }
  const account = store.get('accounts', accountSid);
  if (account && account.service_provider_sid === user.service_provider_sid) return;
  throw new DbErrorForbidden('insufficient permissions');
}

/** A JSON answer. */
export function answerJson(status: number, body: unknown): ApiAnswer {
  return { status, body };
}

/** `res.status(n).end()`: no body at all. */
export function answerEmpty(status: number): ApiAnswer {
  return { status };
}
