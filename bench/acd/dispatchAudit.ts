// Counts double offers and order violations from the outside: only the events fed to a
// dispatcher and the commands it gave, never its state. So the same audit can watch several
// runtime instances sharing one database (whatever carries the commands out).
import type { AcdCommand, AcdEvent } from "@centrala/acd";

type Leg = { offerId: string; callerId: string; cancelled: boolean };
type Waiting = { callerId: string; priority: number; arrival: number };

export type AuditFigures = {
  offers: number;
  bridges: number;
  /** An agent rung while already rung or on a call, or a caller rung under two offers at once. */
  doubleOffers: number;
  /** A caller bridged while already bridged. */
  doubleBridges: number;
  /** A caller rung while someone served before them in the same queue waited without an offer. */
  orderViolations: number;
  firstProblems: string[];
};

export class DispatchAudit {
  readonly figures: AuditFigures = { offers: 0, bridges: 0, doubleOffers: 0, doubleBridges: 0, orderViolations: 0, firstProblems: [] };
  private readonly legsByAgent = new Map<string, Leg>();
  private readonly liveLegsByCaller = new Map<string, Set<string>>();
  private readonly busyAgents = new Set<string>();
  private readonly bridged = new Set<string>();
  private readonly queues = new Map<string, Waiting[]>();
  private readonly queueOf = new Map<string, string>();
  private arrivals = 0;

  /** Feed every event, then the commands the dispatcher gave for it, in order. */
  observe(event: AcdEvent, commands: readonly AcdCommand[]): void {
    this.observeEvent(event);
    for (const command of commands) this.observeCommand(command);
  }

  private observeEvent(event: AcdEvent): void {
    if (event.type === "callerJoined") {
      if (this.queueOf.has(event.callerId)) return;
      const waiting = this.queues.get(event.queueId) ?? [];
      const entry = { callerId: event.callerId, priority: event.priority ?? 0, arrival: (this.arrivals += 1) };
      let index = waiting.length;
      while (index > 0 && (waiting[index - 1] as Waiting).priority < entry.priority) index -= 1;
      waiting.splice(index, 0, entry);
      this.queues.set(event.queueId, waiting);
      this.queueOf.set(event.callerId, event.queueId);
    } else if (event.type === "callerLeft") {
      this.removeWaiting(event.callerId);
      this.bridged.delete(event.callerId);
    } else if (event.type === "offerAnswered" || event.type === "offerFailed") {
      const leg = this.legsByAgent.get(event.agentId);
      if (leg?.offerId === event.offerId) this.endLeg(event.agentId, leg);
    } else if (event.type === "agentCallEnded") {
      this.busyAgents.delete(event.agentId);
    }
  }

  private observeCommand(command: AcdCommand): void {
    if (command.type === "ringAgent") {
      this.figures.offers += 1;
      this.checkRing(command);
      const leg = { offerId: command.offerId, callerId: command.callerId, cancelled: false };
      this.legsByAgent.set(command.agentId, leg);
      const live = this.liveLegsByCaller.get(command.callerId) ?? new Set<string>();
      live.add(command.offerId);
      this.liveLegsByCaller.set(command.callerId, live);
    } else if (command.type === "cancelOffer") {
      const leg = this.legsByAgent.get(command.agentId);
      if (leg?.offerId === command.offerId && !leg.cancelled) {
        leg.cancelled = true;
        this.dropLive(leg, command.agentId);
      }
    } else if (command.type === "bridge") {
      this.figures.bridges += 1;
      if (this.bridged.has(command.callerId)) this.report("doubleBridges", `caller ${command.callerId} bridged twice`);
      this.bridged.add(command.callerId);
      this.busyAgents.add(command.agentId);
      this.removeWaiting(command.callerId);
    } else if (command.type === "releaseAgent") {
      this.busyAgents.add(command.agentId);
    } else if (command.type === "removeCaller" || command.type === "refuseCaller") {
      this.removeWaiting(command.callerId);
    }
  }

  private checkRing(command: Extract<AcdCommand, { type: "ringAgent" }>): void {
    if (this.legsByAgent.has(command.agentId) || this.busyAgents.has(command.agentId)) {
      this.report("doubleOffers", `agent ${command.agentId} rung for ${command.callerId} while taken`);
    }
    const live = this.liveLegsByCaller.get(command.callerId);
    if (live && [...live].some((offerId) => offerId !== command.offerId)) {
      this.report("doubleOffers", `caller ${command.callerId} offered twice at once`);
    }
    for (const other of this.queues.get(command.queueId) ?? []) {
      if (other.callerId === command.callerId) break;
      if (!this.liveLegsByCaller.has(other.callerId)) {
        this.report("orderViolations", `caller ${command.callerId} offered before ${other.callerId}`);
        break;
      }
    }
  }

  private endLeg(agentId: string, leg: Leg): void {
    this.legsByAgent.delete(agentId);
    if (!leg.cancelled) this.dropLive(leg, agentId);
  }

  private dropLive(leg: Leg, agentId: string): void {
    const live = this.liveLegsByCaller.get(leg.callerId);
    if (!live) return;
    // A simultaneous offer stays live while any of its legs rings.
    const stillRinging = [...this.legsByAgent].some(([otherAgent, other]) => otherAgent !== agentId && other.offerId === leg.offerId && !other.cancelled);
    if (!stillRinging) live.delete(leg.offerId);
    if (live.size === 0) this.liveLegsByCaller.delete(leg.callerId);
  }

  private removeWaiting(callerId: string): void {
    const queueId = this.queueOf.get(callerId);
    if (queueId === undefined) return;
    const waiting = this.queues.get(queueId) ?? [];
    const index = waiting.findIndex((entry) => entry.callerId === callerId);
    if (index >= 0) waiting.splice(index, 1);
  }

  private report(kind: "doubleOffers" | "doubleBridges" | "orderViolations", problem: string): void {
    this.figures[kind] += 1;
    if (this.figures.firstProblems.length < 5) this.figures.firstProblems.push(problem);
  }
}
