import { z } from 'zod';
import { convertResponseToError, JambonzApiError } from './JambonzApiError';
import {
  accountSchema, applicationSchema, callSchema, createdApiKeySchema, createdCallSchema, createdSchema, phoneNumberSchema, queueSchema,
  registeredUserSchema, sipRequestResultSchema, voipCarrierSchema,
} from './schemas';
import type { ApplicationInput, CallUpdate, CreateCallInput, ListCallsFilter, PhoneNumberInput, VoipCarrierInput, WebhookInput } from './types';

export interface JambonzClientOptions {
  /** jambonz's REST base, e.g. https://jambonz.example.com/v1 (JAMBONZ_API_URL). */
  baseUrl: string;
  /** An API key (Bearer token) of the account (JAMBONZ_API_KEY). */
  apiKey: string;
  /** The account the calls, queues and numbers belong to (JAMBONZ_ACCOUNT_SID). */
  accountSid: string;
  /** Per-request time limit in ms (default 10,000). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Request<T> {
  method: Method;
  path: string;
  body?: unknown;
  schema?: z.ZodType<T>;
  /** What is being done, for error messages ("adding number +48…"). */
  what: string;
  callUpdate?: boolean;
  signal?: AbortSignal;
}

/** The typed jambonz REST client everything in Centrala uses against a real or simulated jambonz. */
export function createJambonzClient(options: JambonzClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const account = `/Accounts/${encodeURIComponent(options.accountSid)}`;

  async function send<T>(req: Request<T>): Promise<T> {
    const signals = [AbortSignal.timeout(timeoutMs), ...(req.signal ? [req.signal] : [])];
    let response: Response;
    try {
      response = await doFetch(`${base}${req.path}`, {
        method: req.method,
        headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json', ...(req.body !== undefined && { 'content-type': 'application/json' }) },
        ...(req.body !== undefined && { body: JSON.stringify(req.body) }),
        signal: AbortSignal.any(signals),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || (error.name === 'AbortError' && !req.signal?.aborted));
      if (timedOut) throw new JambonzApiError(0, 'timeout', `${req.what}: jambonz did not answer within ${timeoutMs / 1000} s`, true);
      throw new JambonzApiError(0, 'network', `${req.what}: jambonz cannot be reached at ${base} (${error instanceof Error ? error.message : String(error)})`, true);
    }
    const text = await response.text();
    if (!response.ok) {
      let detail: string | undefined = text.trim() || undefined;
      try {
        const json = JSON.parse(text) as { msg?: unknown; message?: unknown; errors?: Array<{ msg?: unknown; path?: unknown }> };
        detail = String(json.msg ?? json.message ?? json.errors?.map((e) => `${String(e.path)}: ${String(e.msg)}`).join(', ') ?? detail);
      } catch {
        // not JSON: jambonz sent a status text or a plain message
      }
      throw convertResponseToError(response.status, detail, req.what, req.callUpdate);
    }
    if (!req.schema) return undefined as T;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new JambonzApiError(response.status, 'bad_response', `${req.what}: jambonz answered with something that is not JSON`, false);
    }
    const parsed = req.schema.safeParse(json);
    if (!parsed.success) {
      throw new JambonzApiError(response.status, 'bad_response', `${req.what}: jambonz's answer has an unexpected shape (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`, false);
    }
    return parsed.data;
  }

  const query = (params: Record<string, string | undefined>): string => {
    const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
    return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
  };

  return {
    accountSid: options.accountSid,
    phoneNumbers: {
      /** POST /PhoneNumbers -> the new number's sid. */
      create: (input: PhoneNumberInput) => send({ method: 'POST', path: '/PhoneNumbers', body: input, schema: createdSchema, what: `adding number ${input.number}` }).then((r) => r.sid),
      list: (filter?: { filter?: string }) => send({ method: 'GET', path: `/PhoneNumbers${query({ filter: filter?.filter })}`, schema: z.array(phoneNumberSchema), what: 'listing numbers' }),
      get: (sid: string) => send({ method: 'GET', path: `/PhoneNumbers/${encodeURIComponent(sid)}`, schema: phoneNumberSchema, what: `reading number ${sid}` }),
      /** PUT /PhoneNumbers/{sid}: route to another application (or none: null). The number and carrier cannot change. */
      update: (sid: string, changes: { application_sid?: string | null; account_sid?: string | null }) =>
        send<void>({ method: 'PUT', path: `/PhoneNumbers/${encodeURIComponent(sid)}`, body: changes, what: `updating number ${sid}` }),
      delete: (sid: string) => send<void>({ method: 'DELETE', path: `/PhoneNumbers/${encodeURIComponent(sid)}`, what: `releasing number ${sid}` }),
    },
    applications: {
      create: (input: ApplicationInput) => send({ method: 'POST', path: '/Applications', body: input, schema: createdSchema, what: `creating application ${input.name}` }).then((r) => r.sid),
      list: () => send({ method: 'GET', path: '/Applications', schema: z.array(applicationSchema), what: 'listing applications' }),
      get: (sid: string) => send({ method: 'GET', path: `/Applications/${encodeURIComponent(sid)}`, schema: applicationSchema, what: `reading application ${sid}` }),
      update: (sid: string, changes: Partial<ApplicationInput>) =>
        send<void>({ method: 'PUT', path: `/Applications/${encodeURIComponent(sid)}`, body: changes, what: `updating application ${sid}` }),
      delete: (sid: string) => send<void>({ method: 'DELETE', path: `/Applications/${encodeURIComponent(sid)}`, what: `deleting application ${sid}` }),
    },
    voipCarriers: {
      list: () => send({ method: 'GET', path: '/VoipCarriers', schema: z.array(voipCarrierSchema), what: 'listing carriers' }),
      create: (input: VoipCarrierInput) => send({ method: 'POST', path: '/VoipCarriers', body: input, schema: createdSchema, what: `adding carrier ${input.name}` }).then((r) => r.sid),
    },
    accounts: {
      /** GET /Accounts/{sid} (default: the client's account). */
      get: (sid = options.accountSid) => send({ method: 'GET', path: `/Accounts/${encodeURIComponent(sid)}`, schema: accountSchema, what: `reading account ${sid}` }),
      /** PUT /Accounts/{sid}: e.g. the account's `queue_event_hook` (null removes it). 204. */
      update: (changes: { queue_event_hook?: WebhookInput | null; registration_hook?: WebhookInput | null }, sid = options.accountSid) =>
        send<void>({ method: 'PUT', path: `/Accounts/${encodeURIComponent(sid)}`, body: changes, what: `updating account ${sid}` }),
    },
    apiKeys: {
      create: (input: { account_sid?: string; service_provider_sid?: string; expiry_secs?: number }) =>
        send({ method: 'POST', path: '/ApiKeys', body: input, schema: createdApiKeySchema, what: 'creating an API key' }),
    },
    calls: {
      /** POST /Accounts/{sid}/Calls: 201 {sid, callId}; the call rings from then on. */
      create: (input: CreateCallInput, signal?: AbortSignal) =>
        send({ method: 'POST', path: `${account}/Calls`, body: input, schema: createdCallSchema, what: `calling ${JSON.stringify(input.to)}`, ...(signal && { signal }) }),
      list: (filter: ListCallsFilter = {}) => send({ method: 'GET', path: `${account}/Calls${query({ ...filter })}`, schema: z.array(callSchema), what: 'listing calls' }),
      get: (callSid: string) => send({ method: 'GET', path: `${account}/Calls/${encodeURIComponent(callSid)}`, schema: callSchema, what: `reading call ${callSid}` }),
      /**
       * PUT /Accounts/{sid}/Calls/{callSid}: 'accepted' (202), or the far end's answer to a sip_request.
       * A JambonzApiError with code 'call_state' (422) means the call is gone or, for
       * `call_status: 'no-answer'`, already answered: hang it up with 'completed' instead.
       */
      update: async (callSid: string, update: CallUpdate): Promise<'accepted' | { status: number; reason?: string }> => {
        if ('sip_request' in update) {
          return send({ method: 'PUT', path: `${account}/Calls/${encodeURIComponent(callSid)}`, body: update, schema: sipRequestResultSchema, what: `updating call ${callSid}`, callUpdate: true });
        }
        await send<void>({ method: 'PUT', path: `${account}/Calls/${encodeURIComponent(callSid)}`, body: update, what: `updating call ${callSid}`, callUpdate: true });
        return 'accepted';
      },
    },
    queues: {
      /** GET /Accounts/{sid}/Queues: queues with callers waiting, with their length. */
      list: (search?: string) => send({ method: 'GET', path: `${account}/Queues${query({ search })}`, schema: z.array(queueSchema), what: 'listing queues' }),
    },
    conferences: {
      /** GET /Accounts/{sid}/Conferences: names of the conferences in progress. */
      list: () => send({ method: 'GET', path: `${account}/Conferences`, schema: z.array(z.string()), what: 'listing conferences' }),
    },
    registeredSipUsers: {
      /** GET: the registered users as `user@realm` (the account needs a sip_realm). */
      list: () => send({ method: 'GET', path: `${account}/RegisteredSipUsers`, schema: z.array(z.string()), what: 'listing registered SIP users' }),
      /** POST with user names: each one's registration, `registered_status` active or inactive. */
      query: (names: string[]) => send({ method: 'POST', path: `${account}/RegisteredSipUsers`, body: names, schema: z.array(registeredUserSchema), what: 'checking SIP registrations' }),
      get: (name: string) => send({ method: 'GET', path: `${account}/RegisteredSipUsers/${encodeURIComponent(name)}`, schema: registeredUserSchema, what: `checking SIP user ${name}` }),
    },
  };
}

export type JambonzClient = ReturnType<typeof createJambonzClient>;
