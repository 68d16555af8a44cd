/** A participant (or a caller waiting for the room to start). */
export interface ConferenceParticipant {
  callSid: string;
  endConferenceOnExit: boolean;
  /** The room started (for waiters) or ended (for members). */
  notify(event: 'started' | 'ended'): void;
}

/** A named conference room shared by every simulated call (FS: `conf:<account>:<name>` in Redis). */
export class ConferenceRoom {
  started = false;
  startedAt = 0;
  readonly members = new Map<string, ConferenceParticipant>();
  readonly waiting = new Map<string, ConferenceParticipant>();

  constructor(readonly name: string) {}

  /** Starts the room and lets the waiting list in. */
  start(now: number): void {
    if (this.started) return;
    this.started = true;
    this.startedAt = now;
    const waiters = [...this.waiting.values()];
    this.waiting.clear();
    waiters.forEach((w) => w.notify('started'));
  }

  join(participant: ConferenceParticipant): void {
    this.members.set(participant.callSid, participant);
  }

  /** Removes a member; ends the room when it empties or the member had endConferenceOnExit. */
  leave(callSid: string): { ended: boolean } {
    const member = this.members.get(callSid);
    this.members.delete(callSid);
    this.waiting.delete(callSid);
    if (!member) return { ended: false };
    if (this.members.size === 0 || member.endConferenceOnExit) {
      this.end();
      return { ended: true };
    }
    return { ended: false };
  }

  end(): void {
    const members = [...this.members.values()];
    this.members.clear();
    this.started = false;
    members.forEach((m) => m.notify('ended'));
  }
}
