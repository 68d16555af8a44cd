import { z } from 'zod';

// Response shapes of jambonz-api-server (lib/routes/api/*.js, lib/models/*.js); unknown extra
// fields are kept (loose objects), so a newer jambonz does not break the client.

const sid = z.string();
const nullableSid = z.string().nullable();

export const createdSchema = z.looseObject({ sid });
export const createdApiKeySchema = z.looseObject({ sid, token: z.string() });
export const createdCallSchema = z.looseObject({ sid, callId: z.string() });

export const webhookSchema = z.looseObject({
  webhook_sid: z.string().optional(),
  url: z.string(),
  method: z.string().optional(),
  username: z.string().nullable().optional(),
  password: z.string().nullable().optional(),
});
export type Webhook = z.infer<typeof webhookSchema>;

export const phoneNumberSchema = z.looseObject({
  phone_number_sid: sid,
  /** Stored without the leading '+'. */
  number: z.string(),
  voip_carrier_sid: nullableSid,
  account_sid: nullableSid,
  application_sid: nullableSid,
});
export type PhoneNumber = z.infer<typeof phoneNumberSchema>;

export const applicationSchema = z.looseObject({
  application_sid: sid,
  name: z.string(),
  account_sid: nullableSid,
  call_hook: webhookSchema.nullable(),
  call_status_hook: webhookSchema.nullable(),
  speech_synthesis_vendor: z.string().nullable().optional(),
  speech_synthesis_language: z.string().nullable().optional(),
  speech_synthesis_voice: z.string().nullable().optional(),
  speech_recognizer_vendor: z.string().nullable().optional(),
  speech_recognizer_language: z.string().nullable().optional(),
});
export type Application = z.infer<typeof applicationSchema>;

export const accountSchema = z.looseObject({
  account_sid: sid,
  name: z.string(),
  service_provider_sid: sid,
  sip_realm: z.string().nullable(),
  queue_event_hook: webhookSchema.nullable().optional(),
  webhook_secret: z.string().optional(),
});
export type Account = z.infer<typeof accountSchema>;

export const voipCarrierSchema = z.looseObject({
  voip_carrier_sid: sid,
  name: z.string(),
  account_sid: nullableSid,
  service_provider_sid: nullableSid.optional(),
  application_sid: nullableSid.optional(),
});
export type VoipCarrier = z.infer<typeof voipCarrierSchema>;

/** A call as jambonz keeps it in Redis and the API returns it (snake_case; numbers as jambonz coerces them). */
export const callSchema = z.looseObject({
  call_sid: sid,
  direction: z.enum(['inbound', 'outbound']),
  from: z.string(),
  to: z.string(),
  call_id: z.string().optional(),
  call_status: z.enum(['trying', 'ringing', 'early-media', 'in-progress', 'queued', 'failed', 'busy', 'no-answer', 'completed']),
  sip_status: z.number(),
  account_sid: sid,
  application_sid: z.string().optional(),
  parent_call_sid: z.string().optional(),
  duration: z.number().optional(),
});
export type Call = z.infer<typeof callSchema>;

export const queueSchema = z.looseObject({ name: z.string(), length: z.number() });
export type Queue = z.infer<typeof queueSchema>;

export const registeredUserSchema = z.looseObject({
  name: z.string(),
  contact: z.string().nullable(),
  expiryTime: z.number(),
  protocol: z.string().nullable(),
  registered_status: z.enum(['active', 'inactive']).optional(),
});
export type RegisteredUser = z.infer<typeof registeredUserSchema>;

export const sipRequestResultSchema = z.looseObject({ status: z.number(), reason: z.string().optional() });
