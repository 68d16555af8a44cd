import type { ConferenceParticipant, ConferenceRoom } from '../pbx/ConferenceRoom';
import { createChildController, runWaitLoop } from './runWaitLoop';
import type { VerbSession } from './VerbSession';
import type { StopController, StopSignal } from '../events/StopSignal';
import { VerbTask } from './VerbTask';

/**
 * `conference`: start or join a named room shared across calls; with startConferenceOnEnter
 * false and no room running, wait with the waitHook loop (750 ms silence, play/say/pause).
 * The actionHook fires when this member's conference is over. While in the room, live call
 * control acts on this member (FS conference.js): hold/unhold (mute + deaf; a `wait_hook`'s
 * verbs loop to the held member), mute/unmute, tag/untag, coach/uncoach (speak only to a tag).
 */
export class ConferenceTask extends VerbTask {
  private room: ConferenceRoom | undefined;
  private holding: StopController | undefined;
  private holdStatus = 'unhold';

  constructor(data: Record<string, unknown>) {
    super('conference', data);
  }

  async exec(session: VerbSession): Promise<void> {
    const name = String(this.data.name);
    const room = session.pbx.conference(name);
    const callSid = session.callInfo.callSid;
    const admitted = createChildController(this.signal);
    const kicked = createChildController(this.signal);
    const participant: ConferenceParticipant = {
      callSid,
      endConferenceOnExit: this.data.endConferenceOnExit === true,
      notify: (event) => (event === 'started' ? admitted.abort('admitted') : kicked.abort('kicked')),
    };
    if (this.data.enterHook) session.log({ kind: 'note', text: 'conference enterHook is not simulated' });

    if (!room.started && this.data.startConferenceOnEnter === false) {
      room.waiting.set(callSid, participant);
      session.log({ kind: 'conference', event: 'waiting', name });
      const waitHook = this.hookOf('waitHook');
      if (waitHook) {
        await runWaitLoop(session, {
          hook: waitHook,
          silenceMs: 750,
          allowed: ['play', 'say', 'pause'],
          stop: admitted.signal,
          label: 'conference',
          buildData: () => session.callInfo.toJSON(),
        });
      }
      await new Promise<void>((resolve) => (admitted.signal.aborted ? resolve() : admitted.signal.addEventListener('abort', () => resolve(), { once: true })));
      room.waiting.delete(callSid);
    } else if (!room.started) {
      room.start(session.clock.now());
      session.log({ kind: 'conference', event: 'started', name });
      this.notifyEvent(session, room, 'start');
    }
    if (!this.killed) await this.takePart(session, room, participant, kicked.signal);
    this.holding?.abort('left');
    await session.performAction(this, this.actionHook, {}, this.killReason !== 'replaced');
  }

  private async takePart(session: VerbSession, room: ConferenceRoom, participant: ConferenceParticipant, kicked: StopSignal): Promise<void> {
    const max = this.data.maxParticipants;
    if (typeof max === 'number' && max > 1 && room.members.size >= max) {
      session.log({ kind: 'note', text: `conference ${room.name} is full (${max})` });
      return;
    }
    room.join(participant);
    this.room = room;
    const tag = typeof this.data.memberTag === 'string' ? this.data.memberTag : undefined;
    const speakOnlyTo = typeof this.data.speakOnlyTo === 'string' ? this.data.speakOnlyTo : undefined;
    session.log({ kind: 'conference', event: 'joined', name: room.name, ...(tag && { tag }), ...(this.data.joinMuted === true && { muted: true }), ...(speakOnlyTo && { speakOnlyTo }) });
    session.log({ kind: 'bridged', with: room.name, via: 'conference' });
    this.notifyEvent(session, room, 'join');
    await new Promise<void>((resolve) => (kicked.aborted ? resolve() : kicked.addEventListener('abort', () => resolve(), { once: true })));
    this.room = undefined;
    const wasMember = room.members.has(participant.callSid);
    const { ended } = wasMember ? room.leave(participant.callSid) : { ended: true };
    session.log({ kind: 'unbridged', with: room.name, via: 'conference' });
    session.log({ kind: 'conference', event: 'left', name: room.name });
    this.notifyEvent(session, room, 'leave');
    if (ended && wasMember) {
      session.log({ kind: 'conference', event: 'ended', name: room.name });
      this.notifyEvent(session, room, 'end');
    }
  }

  /** FS doConferenceHold: mute + deaf this member; while held, the wait_hook's verbs loop to it. */
  hold(session: VerbSession, status: string, waitHook: string | undefined): void {
    const room = this.room;
    if (!room) return session.log({ kind: 'note', text: 'conference hold ignored: not in the room yet' });
    if (status === this.holdStatus && !waitHook) return;
    this.holdStatus = status;
    this.holding?.abort('unheld');
    this.holding = undefined;
    session.log({ kind: 'conference', event: status === 'hold' ? 'held' : 'unheld', name: room.name });
    if (status !== 'hold' || !waitHook) return;
    const holding = createChildController(this.signal);
    this.holding = holding;
    void runWaitLoop(session, { hook: waitHook, silenceMs: 0, allowed: ['play', 'say', 'pause'], stop: holding.signal, label: 'conference hold', buildData: () => session.callInfo.toJSON() });
  }

  /** FS doConferenceParticipantAction on this member. */
  participantAction(session: VerbSession, opts: { action?: string; tag?: string; wait_hook?: string }): void {
    const room = this.room;
    if (!room) return session.log({ kind: 'note', text: `conference ${opts.action} ignored: not in the room yet` });
    switch (opts.action) {
      case 'hold':
      case 'unhold':
        return this.hold(session, opts.action, opts.wait_hook);
      case 'mute':
      case 'unmute':
        return session.log({ kind: 'conference', event: opts.action === 'mute' ? 'muted' : 'unmuted', name: room.name });
      case 'coach':
        return session.log({ kind: 'conference', event: 'coached', name: room.name, ...(opts.tag && { speakOnlyTo: opts.tag }) });
      case 'uncoach':
        return session.log({ kind: 'conference', event: 'uncoached', name: room.name });
      case 'tag':
        return session.log({ kind: 'conference', event: 'tagged', name: room.name, ...(opts.tag && { tag: opts.tag }) });
      case 'untag':
        return session.log({ kind: 'conference', event: 'untagged', name: room.name });
      default:
        return session.log({ kind: 'note', text: `conference participant action ${opts.action} not handled` });
    }
  }

  // statusHook events are verb:hooks that want an ack, but FS does not wait for it.
  private notifyEvent(session: VerbSession, room: ConferenceRoom, event: string): void {
    const hook = this.hookOf('statusHook');
    const events = Array.isArray(this.data.statusEvents) ? this.data.statusEvents : [];
    if (!hook || !events.includes(event)) return;
    const now = session.clock.now();
    session
      .request('verb:hook', hook, {
        event,
        duration: (now - room.startedAt) / 1000,
        // FS conference.js _notifyConferenceEvent: wall-clock time, whatever the simulation's clock says.
        time: new Date().toISOString(),
        members: room.members.size,
        conference_sid: `conf:${session.callInfo.identity.account_sid}:${room.name}`,
        friendly_name: room.name,
        ...session.callInfo.toJSON(),
      })
      .catch(() => undefined);
  }
}
