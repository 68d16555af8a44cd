// What the multi-instance benchmark sees from jambonz's side (the simulator): callers placed and
// queued, agent legs requested (REST POST /Calls, tagged with offer, agent, caller and queue),
// cancelled, bridged and ended. Nothing is read from the runtimes; the dispatcher's arrival order
// comes from the database afterwards (see startAcdCluster). Times are epoch ms with sub-ms precision.
import type { SimulatedCall } from "@centrala/jambonz-sim";
import type { DialTargetBehaviour } from "@centrala/jambonz-sim";
import type { JambonzServer } from "@centrala/jambonz-sim/server";

export const nowMs = (): number => performance.timeOrigin + performance.now();

/** What happened, in the order jambonz saw it; turned into dispatcher events and commands for DispatchAudit. */
export type Observation =
  | { at: number; kind: "ring"; offerId: string; agentId: string; callerId: string; queueId: string }
  | { at: number; kind: "cancel"; offerId: string; agentId: string }
  | { at: number; kind: "bridge"; offerId: string; agentId: string; callerId: string; queueId: string }
  | { at: number; kind: "legEnded"; offerId: string; agentId: string; bridged: boolean; status: string }
  | { at: number; kind: "callerEnded"; callerId: string }
  /** The caller left the queue by an agent's dequeue (the dispatcher hears `callerLeft: answered` then). */
  | { at: number; kind: "callerDequeued"; callerId: string };

type Leg = { sid: string; offerId: string; agentId: string; callerId: string; queueId: string; requestedAt: number; answered: boolean; bridged: boolean; ended: boolean; call?: SimulatedCall };
type Tag = { offerId?: unknown; agentId?: unknown; callerSid?: unknown; queueId?: unknown };

export type WatchOptions = {
  /** Agent id -> the queues the agent is a member of. */
  agentQueues: Map<string, string[]>;
  /** Called when a caller is bridged to an agent (the benchmark places the next caller then). */
  onBridged?: () => void;
};

export class ClusterWatch {
  readonly observations: Observation[] = [];
  /** Agent free (its leg ended) → the next POST /Calls for that agent, while callers of its queues waited unoffered. */
  readonly freeToRequest: { freeAt: number; requestedAt: number; offerId: string; agentId: string }[] = [];
  /** Agent signed in → its first POST /Calls. */
  readonly signInToRequest: number[] = [];
  readonly bridgesAt: number[] = [];
  readonly bridgesByCaller = new Map<string, number>();
  placed = 0;
  callersEnded = 0;
  /**
   * Callers dequeued whose agent hung up before the bridge: jambonz (FS enqueue.js) ends their
   * enqueue with no actionHook, so they hear silence until they hang up. They hang up here.
   */
  stranded = 0;
  /** Callers whose call ended without a bridge, by how it ended. */
  readonly unbridgedCallers = new Map<string, number>();
  legsRequested = 0;
  legsFailed = 0;
  /** Legs that ended unbridged, by how: "<status>, answered|unanswered". */
  readonly unbridged = new Map<string, number>();
  /** BENCH_EXPLAIN=1: the story of the first unbridged legs. */
  readonly stories: string[] = [];
  /** Leg ends that counted as "agent free" are taken only inside this window (the steady phase). */
  window = { from: Infinity, to: Infinity };
  private readonly legs = new Map<string, Leg>();
  private readonly waitingByQueue = new Map<string, Set<string>>();
  private readonly liveLegsByCaller = new Map<string, number>();
  /** Agent id -> when it became free with someone to take, until its next leg is requested. */
  private readonly freeSince = new Map<string, number>();
  private readonly signedInAt = new Map<string, number>();
  private readonly callers = new Map<string, { call: SimulatedCall; dequeued: boolean; bridged: boolean }>();

  constructor(private readonly sim: JambonzServer, private readonly opts: WatchOptions) {
    const server = sim.featureServer;
    const createCall = server.createCall.bind(server);
    const updateCall = server.updateCall.bind(server);
    server.createCall = async (body) => {
      const at = nowMs();
      const answer = await createCall(body);
      const sid = (answer.body as { sid?: unknown } | undefined)?.sid;
      const tag = body.tag as Tag | undefined;
      if (answer.status === 201 && typeof sid === "string" && typeof tag?.offerId === "string") this.watchLeg(sid, tag, at);
      return answer;
    };
    server.updateCall = async (callSid, body) => {
      const leg = this.legs.get(callSid);
      if (leg && body.call_status === "no-answer") this.observations.push({ at: nowMs(), kind: "cancel", offerId: leg.offerId, agentId: leg.agentId });
      return updateCall(callSid, body);
    };
  }

  /** How the agents' phones behave: each agent answers and talks for times drawn per ring. */
  scriptAgents(numbers: string[], random: () => number, answerMs: [number, number], talkMs: [number, number]): void {
    const between = ([low, high]: [number, number]) => Math.round(low + random() * (high - low));
    const script: Record<string, DialTargetBehaviour[]> = {};
    for (const number of numbers) script[number] = Array.from({ length: 400 }, () => ({ answerAfterMs: between(answerMs), talkMs: between(talkMs) }));
    this.sim.featureServer.scriptTargets(script);
  }

  /** A caller dials the queue's number (real time); the call is watched until it ends. */
  placeCaller(to: string, queueId: string): void {
    const from = `+48600${String(this.placed).padStart(6, "0")}`;
    this.placed += 1;
    const call: SimulatedCall = this.sim.featureServer.placeInbound({ to, from, clock: "real" });
    const callerId = call.callSid;
    const caller = { call, dequeued: false, bridged: false };
    this.callers.set(callerId, caller);
    const off = call.on("event", (event) => {
      if (event.kind === "queue" && event.event === "joined") this.waiting(queueId).add(callerId);
      if (event.kind === "queue" && event.event === "dequeued") {
        caller.dequeued = true;
        this.observations.push({ at: nowMs(), kind: "callerDequeued", callerId });
      }
      if (event.kind === "bridged") caller.bridged = true;
    });
    void call.ended.then((result) => {
      off();
      this.callers.delete(callerId);
      if (!caller.bridged) {
        const how = `${result.reason}${result.details ? ` (${result.details.replace(/ for msgid \S+/, "")})` : ""}`;
        this.unbridgedCallers.set(how, (this.unbridgedCallers.get(how) ?? 0) + 1);
      }
      this.waiting(queueId).delete(callerId);
      this.callersEnded += 1;
      this.observations.push({ at: nowMs(), kind: "callerEnded", callerId });
    });
  }

  /** Callers queued at jambonz, not yet bridged. */
  get waitingCount(): number {
    let count = 0;
    for (const set of this.waitingByQueue.values()) count += set.size;
    return count;
  }

  markSignedIn(agentId: string): void {
    this.signedInAt.set(agentId, nowMs());
  }

  private waiting(queueId: string): Set<string> {
    let set = this.waitingByQueue.get(queueId);
    if (!set) this.waitingByQueue.set(queueId, (set = new Set()));
    return set;
  }

  private watchLeg(sid: string, tag: Tag, at: number): void {
    const leg: Leg = { sid, offerId: String(tag.offerId), agentId: String(tag.agentId), callerId: String(tag.callerSid), queueId: String(tag.queueId), requestedAt: at, answered: false, bridged: false, ended: false };
    this.legs.set(sid, leg);
    this.legsRequested += 1;
    this.liveLegsByCaller.set(leg.callerId, (this.liveLegsByCaller.get(leg.callerId) ?? 0) + 1);
    this.observations.push({ at, kind: "ring", offerId: leg.offerId, agentId: leg.agentId, callerId: leg.callerId, queueId: leg.queueId });
    const freeAt = this.freeSince.get(leg.agentId);
    if (freeAt !== undefined) this.freeToRequest.push({ freeAt, requestedAt: at, offerId: leg.offerId, agentId: leg.agentId });
    this.freeSince.delete(leg.agentId);
    const signedIn = this.signedInAt.get(leg.agentId);
    if (signedIn !== undefined) this.signInToRequest.push(at - signedIn);
    this.signedInAt.delete(leg.agentId);
    const call = this.sim.featureServer.allCalls.find((c) => c.callSid === sid);
    if (!call) return;
    if (process.env.BENCH_EXPLAIN) leg.call = call;
    const off = call.on("event", (event) => {
      if (event.kind === "bridged" && event.via === "queue") this.bridged(leg, event.with);
      else if (event.kind === "call-status" && event.status === "in-progress") leg.answered = true;
      else if (event.kind === "call-status" && ["completed", "busy", "no-answer", "failed"].includes(event.status)) {
        off();
        this.ended(leg, event.status);
      }
    });
  }

  private bridged(leg: Leg, callerId: string): void {
    const at = nowMs();
    leg.bridged = true;
    this.bridgesAt.push(at);
    this.bridgesByCaller.set(callerId, (this.bridgesByCaller.get(callerId) ?? 0) + 1);
    this.waiting(leg.queueId).delete(callerId);
    this.observations.push({ at, kind: "bridge", offerId: leg.offerId, agentId: leg.agentId, callerId, queueId: leg.queueId });
    this.opts.onBridged?.();
  }

  private ended(leg: Leg, status: string): void {
    if (leg.ended) return;
    const at = nowMs();
    leg.ended = true;
    this.legs.delete(leg.sid);
    if (!leg.bridged) {
      this.legsFailed += 1;
      const how = `${status}, ${leg.answered ? "answered" : "unanswered"}`;
      this.unbridged.set(how, (this.unbridged.get(how) ?? 0) + 1);
      const caller = this.callers.get(leg.callerId);
      if (leg.answered && caller?.dequeued && !caller.bridged) {
        this.stranded += 1;
        setTimeout(() => caller.call.hangUp(), 1000);
      }
      if (leg.call && this.stories.length < 5) this.stories.push(`${how} after ${Math.round(at - leg.requestedAt)} ms: ${leg.call.transcript.map((e) => e.kind === "verb-start" ? e.name : e.kind === "call-status" ? e.status : e.kind === "note" ? `(${e.text})` : e.kind === "hear" ? `"${e.text ?? e.what}"` : "").filter(Boolean).join(" | ")}`);
    }
    const live = (this.liveLegsByCaller.get(leg.callerId) ?? 1) - 1;
    if (live > 0) this.liveLegsByCaller.set(leg.callerId, live);
    else this.liveLegsByCaller.delete(leg.callerId);
    this.observations.push({ at, kind: "legEnded", offerId: leg.offerId, agentId: leg.agentId, bridged: leg.bridged, status });
    // The agent is free now (no wrap-up): a sample if someone of its queues waits without an offer.
    if (at >= this.window.from && at <= this.window.to && this.hasUnoffered(leg.agentId)) this.freeSince.set(leg.agentId, at);
  }

  private hasUnoffered(agentId: string): boolean {
    for (const queueId of this.opts.agentQueues.get(agentId) ?? []) {
      for (const callerId of this.waitingByQueue.get(queueId) ?? []) if (!this.liveLegsByCaller.has(callerId)) return true;
    }
    return false;
  }
}
