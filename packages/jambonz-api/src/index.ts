export { createJambonzClient, type JambonzClient, type JambonzClientOptions } from './createJambonzClient';
export { JambonzApiError, type JambonzApiErrorCode } from './JambonzApiError';
export type { Account, Application, Call, PhoneNumber, Queue, RegisteredUser, VoipCarrier, Webhook } from './schemas';
export type { ApplicationInput, CallTarget, CallUpdate, CreateCallInput, ListCallsFilter, PhoneNumberInput, VoipCarrierInput, WebhookInput } from './types';
export { ensureNumberRouted, type NumberRouting } from './ensureNumberRouted';
