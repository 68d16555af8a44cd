import type { CallIdentity } from './CallInfo';
import type { CallInfo } from './CallInfo';
import { generateHex } from './generateIds';

/** Account/application settings jambonz adds to `session:new` (from the application record). */
export interface SessionDefaults {
  synthesizer: { vendor: string; language: string; voice?: string; [key: string]: unknown };
  recognizer: { vendor: string; language: string; [key: string]: unknown };
}

export const DEFAULT_SESSION_DEFAULTS: SessionDefaults = {
  synthesizer: { vendor: 'google', language: 'en-US', voice: 'en-US-Standard-C' },
  recognizer: { vendor: 'google', language: 'en-US' },
};

export interface SessionNewExtras {
  serviceProviderSid: string;
  defaults: SessionDefaults;
  envVars?: Record<string, unknown>;
  /** Extra SIP headers on the INVITE (e.g. X-* headers from the carrier). */
  sipHeaders?: Record<string, string>;
  /** Carrier IP the INVITE came from. */
  carrierIp: string;
  /** The carrier's sid, as the SBC puts it in X-Voip-Carrier-Sid. */
  voipCarrierSid?: string;
}

function buildSdp(ip: string): string {
  return [
    'v=0',
    `o=- ${Date.now()} 1 IN IP4 ${ip}`,
    's=-',
    `c=IN IP4 ${ip}`,
    't=0 0',
    'm=audio 40000 RTP/AVP 0 8 101',
    'a=rtpmap:0 PCMU/8000',
    'a=rtpmap:8 PCMA/8000',
    'a=rtpmap:101 telephone-event/8000',
    'a=fmtp:101 0-16',
    'a=sendrecv',
    '',
  ].join('\r\n');
}

/** The `sip` object FS passes through unconverted: the parsed INVITE as drachtio gives it. */
function buildSip(id: CallIdentity, extras: SessionNewExtras): Record<string, unknown> {
  const uri = `sip:${id.to}@${id.fs_sip_address}`;
  const body = buildSdp(extras.carrierIp);
  const headers: Record<string, string> = {
    via: `SIP/2.0/UDP ${extras.carrierIp}:5060;branch=z9hG4bK${generateHex(6)}`,
    'max-forwards': '70',
    from: `<sip:${id.from}@${extras.carrierIp}>;tag=${generateHex(4)}`,
    to: `<sip:${id.to}@${id.fs_sip_address}>`,
    'call-id': id.call_id,
    cseq: '1 INVITE',
    contact: `<sip:${id.from}@${extras.carrierIp}:5060>`,
    'content-type': 'application/sdp',
    'content-length': String(body.length),
    'X-CID': id.sbc_callid,
    'X-Forwarded-For': extras.carrierIp,
    'X-Originating-Carrier': id.originating_sip_trunk_name ?? 'carrier',
    'X-Voip-Carrier-Sid': extras.voipCarrierSid ?? '7b1a5e5e-3c2b-4d7e-9a0c-5d8f6e4b3a21',
    'X-Account-Sid': id.account_sid,
    ...(id.application_sid && { 'X-Application-Sid': id.application_sid }),
    'X-Trace-ID': id.trace_id,
    ...extras.sipHeaders,
  };
  const raw = [`INVITE ${uri} SIP/2.0`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', body].join('\r\n');
  return { headers, raw, body, method: 'INVITE', version: '2.0', uri, payload: [{ type: 'application/sdp', content: body }] };
}

/** `session:new` data exactly as FS middleware builds it: sip + call info + provider + defaults + env_vars. */
export function buildSessionNewData(callInfo: CallInfo, extras: SessionNewExtras): Record<string, unknown> {
  return {
    sip: buildSip(callInfo.identity, extras),
    ...callInfo.toJSON(),
    service_provider_sid: extras.serviceProviderSid,
    defaults: extras.defaults,
    ...(extras.envVars && { env_vars: extras.envVars }),
  };
}
