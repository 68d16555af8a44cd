import type { JambonzSession } from "@jambonz/node-client-ws";
import { submitAcdEvent, type SqlRunner } from "@centrala/db";
import type { Logger } from "../observability/createLogger";
import { buildRuntimeSay, type RuntimePhrase } from "../calls/runtimePhrases";
import { formatLegId, type AgentLegTag, type LegDecision } from "./agentLegTag";
import { reportLegAnswered, reportLegEnded } from "./agentLegStatus";
import type { LegDecisions } from "./legDecisions";
import { CONFERENCE_END_HOOK, notifyParty } from "./ConferenceLegCall";

export const DEQUEUED_HOOK = "/acd/dequeued";
/** How long the agent's answer waits for the dispatcher (jambonz waits 5 s for the ack). */
const DECISION_WAIT_MS = 3500;
/** The dequeue looks for the caller this long: it is there (the dispatcher just saw it waiting) unless it has just hung up. */
const DEQUEUE_TIMEOUT_S = 8;
/** How long a leg whose bridge ended waits for a move into the caller's conference before hanging up. */
const MOVE_GRACE_MS = 1500;

export type AgentLegDeps = {
  pool: SqlRunner; decisions: LegDecisions; logger: Logger; now: () => number;
  /**
   * Whether jambonz no longer has the caller's call (asked when a dequeue found nobody). A caller
   * whose call is over is taken out of the queue, so no agent is rung for them again.
   */
  isCallGone?: (callSid: string) => Promise<boolean>;
};

const releaseWords: Record<string, RuntimePhrase> = { callerGone: "callerGone", answeredElsewhere: "answeredElsewhere", offerWithdrawn: "offerWithdrawn" };

/**
 * An agent leg the dispatcher placed, once the agent answers (jambonz's `session:new` on the
 * leg's socket): tells the dispatcher, waits for its decision and runs it: `dequeue` of that
 * caller (by call sid, a short timeout: the caller may have just hung up), or a short message
 * and a hang-up when the caller is gone or a colleague has them. The leg's end is reported
 * once, by whoever hears of it first (this socket closing, or jambonz's status webhook).
 */
export class AgentLegCall {
  private readonly log: Logger;
  private readonly legId: string;

  constructor(private readonly session: JambonzSession, private readonly tag: AgentLegTag, private readonly deps: AgentLegDeps) {
    this.legId = formatLegId(tag.offerId, tag.agentId);
    this.log = deps.logger.child({ call_sid: session.call_sid, leg: this.legId });
    let announce!: (decision: LegDecision) => void;
    this.announced = new Promise((resolve) => (announce = resolve));
    this.stopWatching = deps.decisions.watch(this.legId, (decision) => {
      announce(decision);
      this.receiveLateDecision(decision);
    });
    delete session.sip;
    delete session.data.sip;
  }

  private decided: LegDecision | null = null;
  private hangUpTimer: NodeJS.Timeout | undefined;
  /** Moved into the caller's conference: the dequeue it left ends without a word. */
  private moved = false;
  private readonly announced: Promise<LegDecision>;
  private readonly stopWatching: () => void;

  attach(kind: "new" | "reconnect"): void {
    const { session } = this;
    const msgid = session.msgid;
    session.on("close", () => {
      clearTimeout(this.hangUpTimer);
      this.stopWatching();
    });
    session.on(DEQUEUED_HOOK, (data: Record<string, unknown>) => {
      const hookMsgid = session.msgid;
      if (this.moved) return this.sendAck(hookMsgid, []);
      this.answerDequeued(hookMsgid, String(data?.dequeue_result ?? ""));
    });
    session.on(CONFERENCE_END_HOOK, () => {
      this.sendAck(session.msgid, [{ verb: "hangup" }]);
      void notifyParty(this.deps.pool, this.tag.callerSid, { type: "party", legSid: session.call_sid, role: "agent", status: "left" }).catch(() => {});
    });
    session.on("close", (code: number) => {
      // 1000: jambonz closes the socket because the call is over (a reconnect follows anything else).
      if (code === 1000) void reportLegEnded(this.deps.pool, this.tag, "completed", this.deps.now()).catch(() => {});
    });
    if (kind === "reconnect") return this.sendAck(msgid, []);
    void this.start(msgid).catch((err: unknown) => {
      this.log.error({ err: err instanceof Error ? err.message : String(err) }, "agent leg could not start");
      this.sendAck(msgid, [buildRuntimeSay("queueCallFailed", this.tag.language), { verb: "hangup" }]);
    });
  }

  private async start(msgid: string): Promise<void> {
    await reportLegAnswered(this.deps.pool, this.tag, this.deps.now());
    const decision = await this.deps.decisions.waitFor(this.legId, DECISION_WAIT_MS, this.announced);
    if (!decision) this.log.warn("no decision from the dispatcher in time; releasing the agent");
    this.decided = decision;
    this.sendAck(msgid, this.buildVerbs(decision));
  }

  /** The caller's conversation moves (into a conference): run these verbs instead of the dequeue. */
  moveTo(verbs: unknown[]): void {
    this.moved = true;
    clearTimeout(this.hangUpTimer);
    this.session.sendCommand("redirect", verbs);
  }

  get callSid(): string {
    return this.session.call_sid;
  }

  /**
   * The caller hung up while this leg was being bridged to them: the agent hears why at once
   * (instead of waiting for the dequeue to give up), and the leg hangs up.
   */
  private receiveLateDecision(decision: LegDecision): void {
    if (this.decided?.type !== "bridge" || decision.type !== "release" || this.moved) return;
    this.decided = decision;
    this.session.sendCommand("redirect", this.buildVerbs(decision));
  }

  private buildVerbs(decision: LegDecision | null): unknown[] {
    const say = (phrase: RuntimePhrase) => buildRuntimeSay(phrase, this.tag.language);
    if (!decision) return [say("queueCallFailed"), { verb: "hangup" }];
    if (decision.type === "release") return [say(releaseWords[decision.reason] ?? "offerWithdrawn"), { verb: "hangup" }];
    return [{ verb: "dequeue", name: decision.queueId, callSid: decision.callerSid, timeout: DEQUEUE_TIMEOUT_S, beep: true, actionHook: DEQUEUED_HOOK }];
  }

  /** The dequeue is over: `complete` after the conversation; `timeout`/`hangup` when the caller could not be reached. */
  private answerDequeued(msgid: string, result: string): void {
    if (result === "complete") {
      // The bridge is over: the caller hung up, or is being moved into a conference room, and this
      // leg's move (sent through PostgreSQL) may arrive a moment after the caller's. The line waits
      // for it briefly (jambonz keeps a websocket call up with nothing to do), then hangs up.
      this.sendAck(msgid, []);
      this.hangUpTimer = setTimeout(() => {
        if (!this.moved) this.session.sendCommand("redirect", [{ verb: "hangup" }]);
      }, MOVE_GRACE_MS);
      return;
    }
    this.log.info({ result }, "the caller was gone when the agent's dequeue looked");
    this.sendAck(msgid, [buildRuntimeSay("callerGone", this.tag.language), { verb: "hangup" }]);
    void this.dropCallerIfGone().catch((err: unknown) => this.log.warn({ err: err instanceof Error ? err.message : String(err) }, "could not check whether the caller's call is over"));
  }

  /**
   * The caller's own runtime reports their leaving; when it cannot (it stopped while they waited,
   * or their hang-up was lost), jambonz is asked, and a call that is over leaves the queue here.
   */
  private async dropCallerIfGone(): Promise<void> {
    if (!this.deps.isCallGone || !(await this.deps.isCallGone(this.tag.callerSid))) return;
    this.log.info({ caller: this.tag.callerSid }, "the caller's call is over: taken out of the queue");
    await submitAcdEvent(this.deps.pool, this.tag.tenantId, { type: "callerLeft", at: this.deps.now(), callerId: this.tag.callerSid, reason: "abandoned" });
  }

  private sendAck(msgid: string, verbs: unknown[]): void {
    try {
      this.session.ws.send(JSON.stringify(verbs.length ? { type: "ack", msgid, data: verbs } : { type: "ack", msgid }));
    } catch (err) {
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, "could not answer jambonz (socket gone)");
    }
  }
}
