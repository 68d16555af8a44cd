import type { VerbSession } from './VerbSession';
import { VerbTask } from './VerbTask';

/** `tag`: its `data` becomes customerData on every later hook and status payload. */
export class TagTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('tag', data);
  }
  override get precondition(): 'none' {
    return 'none';
  }
  async exec(session: VerbSession): Promise<void> {
    session.setCustomerData(this.data.data as Record<string, unknown>);
  }
}

/** `hangup`: BYE from jambonz; skipped (FS StableCall precondition) if the call is not answered. */
export class HangupTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('hangup', data);
  }
  override get precondition(): 'stable-call' {
    return 'stable-call';
  }
  async exec(session: VerbSession): Promise<void> {
    session.hangupByJambonz();
  }
}

/** `answer`: answering is the endpoint precondition itself. */
export class AnswerTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('answer', data);
  }
  async exec(): Promise<void> {}
}

/** `sip:decline`: final SIP error on an unanswered call; call:status failed. */
export class SipDeclineTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('sip:decline', data);
  }
  override get precondition(): 'unanswered-call' {
    return 'unanswered-call';
  }
  async exec(session: VerbSession): Promise<void> {
    const status = Number(this.data.status);
    const reason = typeof this.data.reason === 'string' ? this.data.reason : 'Declined';
    session.callInfo.updateStatus('failed', status, reason);
    session.log({ kind: 'call-status', callSid: session.callInfo.callSid, status: 'failed', sipStatus: status });
    void session.request('call:status', undefined, session.callInfo.toJSON());
    session.rejectCall(status, reason);
  }
}

/** `leave` outside a waitHook: FS's task just waits until something kills it. */
export class LeaveTask extends VerbTask {
  constructor(data: Record<string, unknown>) {
    super('leave', data);
  }
  override get precondition(): 'none' {
    return 'none';
  }
  async exec(): Promise<void> {
    await this.untilKilled();
  }
}

/** A verb FS runs but the simulator does not model (llm, transcribe, message...): logged, no-op. */
export class UnsimulatedTask extends VerbTask {
  override get precondition(): 'none' {
    return 'none';
  }
  async exec(session: VerbSession): Promise<void> {
    session.log({ kind: 'note', text: `verb ${this.name} is valid but not simulated; skipped` });
  }
}
