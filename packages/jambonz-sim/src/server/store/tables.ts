/**
 * The rows the simulated jambonz keeps, with the columns of jambonz's MySQL schema
 * (jambonz-api-server db/jambones-sql.sql). Booleans are 0/1 as MySQL's TINYINT returns them.
 */
export type Row = Record<string, unknown>;

export interface Webhook {
  webhook_sid: string;
  url: string;
  method: 'GET' | 'POST' | 'WS';
  username: string | null;
  password: string | null;
}

export interface TableSpec {
  /** Primary key column. */
  key: string;
  /** Every column a request may set (a body with others fails as MySQL does: unknown column). */
  columns: readonly string[];
  /** Columns the model requires on insert (jambonz models' `required: true`). */
  required: readonly string[];
  /** Column defaults from the schema. */
  defaults: Row;
}

export const TABLES = {
  service_providers: {
    key: 'service_provider_sid',
    columns: ['service_provider_sid', 'name', 'description', 'root_domain', 'registration_hook_sid', 'ms_teams_fqdn', 'lcr_sid'],
    required: ['name'],
    defaults: { description: null, root_domain: null, registration_hook_sid: null, ms_teams_fqdn: null, lcr_sid: null },
  },
  accounts: {
    key: 'account_sid',
    columns: [
      'account_sid', 'name', 'sip_realm', 'service_provider_sid', 'registration_hook_sid', 'queue_event_hook_sid',
      'device_calling_application_sid', 'is_active', 'created_at', 'plan_type', 'webhook_secret', 'disable_cdrs',
      'siprec_hook_sid', 'record_all_calls', 'record_format', 'bucket_credential', 'enable_debug_log',
    ],
    required: ['name', 'service_provider_sid'],
    defaults: {
      sip_realm: null, registration_hook_sid: null, queue_event_hook_sid: null, device_calling_application_sid: null,
      is_active: 1, plan_type: 'trial', disable_cdrs: 0, siprec_hook_sid: null, record_all_calls: 0, record_format: 'mp3',
      bucket_credential: null, enable_debug_log: 0,
    },
  },
  api_keys: {
    key: 'api_key_sid',
    columns: ['api_key_sid', 'token', 'account_sid', 'service_provider_sid', 'expires_at', 'last_used', 'created_at'],
    required: [],
    defaults: { account_sid: null, service_provider_sid: null, expires_at: null, last_used: null },
  },
  applications: {
    key: 'application_sid',
    columns: [
      'application_sid', 'name', 'service_provider_sid', 'account_sid', 'call_hook_sid', 'call_status_hook_sid',
      'messaging_hook_sid', 'app_json', 'speech_synthesis_vendor', 'speech_synthesis_language', 'speech_synthesis_voice',
      'speech_synthesis_label', 'speech_recognizer_vendor', 'speech_recognizer_language', 'speech_recognizer_label',
      'use_for_fallback_speech', 'env_vars', 'record_all_calls', 'created_at',
    ],
    required: ['name', 'account_sid'],
    defaults: {
      service_provider_sid: null, call_hook_sid: null, call_status_hook_sid: null, messaging_hook_sid: null, app_json: null,
      speech_synthesis_vendor: 'google', speech_synthesis_language: 'en-US', speech_synthesis_voice: 'en-US-Standard-C',
      speech_synthesis_label: null, speech_recognizer_vendor: 'google', speech_recognizer_language: 'en-US',
      speech_recognizer_label: null, use_for_fallback_speech: 0, env_vars: null, record_all_calls: 0,
    },
  },
  voip_carriers: {
    key: 'voip_carrier_sid',
    columns: [
      'voip_carrier_sid', 'name', 'description', 'account_sid', 'service_provider_sid', 'application_sid', 'e164_leading_plus',
      'requires_register', 'register_username', 'register_sip_realm', 'register_password', 'tech_prefix',
      'inbound_auth_username', 'inbound_auth_password', 'diversion', 'is_active', 'created_at', 'dtmf_type',
    ],
    required: ['name'],
    defaults: {
      description: null, account_sid: null, service_provider_sid: null, application_sid: null, e164_leading_plus: 0,
      requires_register: 0, register_username: null, register_sip_realm: null, register_password: null, tech_prefix: null,
      inbound_auth_username: null, inbound_auth_password: null, diversion: null, is_active: 1, dtmf_type: 'rfc2833',
    },
  },
  phone_numbers: {
    key: 'phone_number_sid',
    columns: ['phone_number_sid', 'number', 'voip_carrier_sid', 'account_sid', 'application_sid', 'service_provider_sid'],
    required: ['number'],
    defaults: { voip_carrier_sid: null, account_sid: null, application_sid: null, service_provider_sid: null },
  },
  webhooks: {
    key: 'webhook_sid',
    columns: ['webhook_sid', 'url', 'method', 'username', 'password'],
    required: ['url'],
    defaults: { method: 'POST', username: null, password: null },
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

/** Foreign keys checked on insert/update (db/jambones-sql.sql ALTER TABLE ... ADD FOREIGN KEY). */
export const FOREIGN_KEYS: Partial<Record<TableName, Array<{ column: string; table: TableName }>>> = {
  accounts: [{ column: 'service_provider_sid', table: 'service_providers' }],
  applications: [{ column: 'account_sid', table: 'accounts' }],
  voip_carriers: [
    { column: 'account_sid', table: 'accounts' },
    { column: 'application_sid', table: 'applications' },
  ],
  phone_numbers: [
    { column: 'voip_carrier_sid', table: 'voip_carriers' },
    { column: 'account_sid', table: 'accounts' },
    { column: 'application_sid', table: 'applications' },
  ],
};

/** Unique indexes (NULLs never collide, as in MySQL). */
export const UNIQUE_KEYS: Partial<Record<TableName, Array<{ name: string; columns: string[] }>>> = {
  service_providers: [{ name: 'name', columns: ['name'] }],
  accounts: [{ name: 'sip_realm', columns: ['sip_realm'] }],
  api_keys: [{ name: 'token', columns: ['token'] }],
  applications: [{ name: 'applications_idx_name', columns: ['account_sid', 'name'] }],
  phone_numbers: [{ name: 'phone_numbers_unique_idx_voip_carrier_number', columns: ['number', 'voip_carrier_sid'] }],
};
