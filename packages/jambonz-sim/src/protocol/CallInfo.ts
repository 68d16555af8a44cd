/** `call_status` values (FS constants.json CallStatus). */
export type CallStatus =
  | 'trying'
  | 'ringing'
  | 'early-media'
  | 'in-progress'
  | 'queued'
  | 'failed'
  | 'busy'
  | 'no-answer'
  | 'completed';

/** Static identity of a call leg, in the snake_case form jambonz puts on the wire. */
export interface CallIdentity {
  call_sid: string;
  direction: 'inbound' | 'outbound';
  from: string;
  to: string;
  call_id: string;
  sbc_callid: string;
  /** Absent on a REST outbound leg (FS call-info.js never sets callerId there). */
  caller_id?: string;
  account_sid: string;
  trace_id: string;
  /** Absent on a REST call placed with a call_hook rather than an application_sid. */
  application_sid?: string;
  fs_sip_address: string;
  originating_sip_ip?: string;
  originating_sip_trunk_name?: string;
  parent_call_sid?: string;
}

/** Mutable call info of one leg; `toJSON()` is what FS's `callInfo.toJSON()` becomes after snake-casing. */
export class CallInfo {
  sipStatus = 100;
  sipReason = 'Trying';
  callStatus: CallStatus = 'trying';
  duration: number | undefined;
  callTerminationBy: 'caller' | 'jambonz' | undefined;
  customerData: Record<string, unknown> | undefined;

  constructor(readonly identity: CallIdentity) {}

  get callSid(): string {
    return this.identity.call_sid;
  }

  updateStatus(callStatus: CallStatus, sipStatus?: number, sipReason?: string): void {
    this.callStatus = callStatus;
    if (sipStatus !== undefined) this.sipStatus = sipStatus;
    if (sipReason !== undefined) this.sipReason = sipReason;
  }

  /** Key order follows FS call-info.js so payloads read like the real thing. */
  toJSON(): Record<string, unknown> {
    const id = this.identity;
    const obj: Record<string, unknown> = {
      call_sid: id.call_sid,
      direction: id.direction,
      from: id.from,
      to: id.to,
      call_id: id.call_id,
      sbc_callid: id.sbc_callid,
      sip_status: this.sipStatus,
      sip_reason: this.sipReason,
      call_status: this.callStatus,
      caller_id: id.caller_id,
      account_sid: id.account_sid,
      trace_id: id.trace_id,
      application_sid: id.application_sid,
      fs_sip_address: id.fs_sip_address,
    };
    // JSON.stringify drops undefined properties, as FS's payloads lack these keys.
    if (id.caller_id === undefined) delete obj.caller_id;
    if (id.application_sid === undefined) delete obj.application_sid;
    if (id.parent_call_sid) obj.parent_call_sid = id.parent_call_sid;
    if (id.originating_sip_ip) obj.originating_sip_ip = id.originating_sip_ip;
    if (id.originating_sip_trunk_name) obj.originating_sip_trunk_name = id.originating_sip_trunk_name;
    if (this.callTerminationBy) obj.call_termination_by = this.callTerminationBy;
    if (typeof this.duration === 'number') obj.duration = this.duration;
    if (this.customerData) obj.customerData = this.customerData;
    return obj;
  }

  /** camelCase form, which is what FS puts in `listen` metadata (it is not snake-cased there). */
  toCamelCaseJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this.toJSON())) {
      out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
    }
    return out;
  }
}
