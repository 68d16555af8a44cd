/** What the runtime resolved for the call's tenant; arrives with the start event, kept in state. */
export type CallEnv = {
  /** IANA zone for business hours and the `hour`/`minute`/`weekday` variables. */
  timezone: string;
  /** Domain the tenant's SIP phones register on; extensions are dialled as `ext@sipRealm`. */
  sipRealm: string;
  /**
   * Library prompts play as `${promptBaseUrl}/${promptId}/${language}.wav`: the runtime signs the
   * base per tenant (the engine holds no secrets); it stays the same string all day, so jambonz's
   * cache keeps it.
   */
  promptBaseUrl: string;
  /** Where recordings and voicemail audio are streamed with `listen`. */
  audioWsUrl: string;
  /** A phone number (E.164) the engine dials when the flow breaks, instead of just hanging up. */
  fallbackNumber?: string;
  /** Language of the engine's own phrases (queue position, apologies, PIN request). Default en-US. */
  language?: string;
  /** TTS vendor for `say`; `default` (the default) means the jambonz application's vendor. */
  ttsVendor?: string;
};

/** The caller's side of the call, from jambonz `session:new`. */
export type CallInfo = { callSid: string; from: string; to: string };
