import type { AcdInboxEvent, CallAction, CallActionResult, CallTarget, SqlRunner } from "@centrala/db";
import { JambonzApiError, type JambonzClient } from "@centrala/jambonz-api";
import type { Logger } from "../observability/createLogger";
import { LEG_COMMAND_CHANNEL, type CallerNotice, type ConferenceLegTag } from "../acd/agentLegTag";
import { buildRuntimeSay, type RuntimePhrase } from "./runtimePhrases";

/** The hooks a call under control answers itself (not its flow). */
export const CONTROL_HOOKS = { transfer: "/cc/transfer", wait: "/cc/wait", queue: "/cc/queue", hold: "/cc/hold", confStatus: "/cc/confstatus", conference: "/cc/conference", dtmf: "/cc/dtmf" } as const;
const TRANSFER_RING_SECONDS = 30;
/** Back in the queue after a transfer nobody answered: ahead of everyone (dispatcher priority). */
const RETURN_PRIORITY = 100;

/** Who the caller talks to now, before an action: an agent's queue leg (own socket) or a flow's dial leg. */
export type Bridge = { kind: "queue"; extension: string; legSid: string; queueId: string } | { kind: "dial"; extension: string | null; legSid: string; to: string };

/** What controls a call instead of its flow, kept with the call's state. */
export type ControlState = {
  stage: "transferring" | "returning" | "queued" | "conference";
  /** The agent the caller talked to, to come back to (extension number), and the queue they came from. */
  agent?: { extension: string | null; legSid?: string } | null;
  queueId?: string | null;
  room?: string;
  /** The caller is on hold in the room (a consult transfer), and hears `/cc/hold`. */
  holding?: boolean;
  /** Legs in the conference besides the caller: call sid -> role; `ringing` ones are not in yet. */
  legs?: Record<string, { role: string; ringing: boolean }>;
  /** The consulted colleague's leg while a consult transfer is under way. */
  consult?: string | null;
};

/** What the controller needs from its call (LiveCall). */
export type ControlHost = {
  readonly callSid: string;
  /** The caller's number (shown on the phones of those who join). */
  readonly from: string;
  readonly tenantId: string;
  readonly language: string;
  readonly sipRealm: string;
  readonly log: Logger;
  getControl(): ControlState | null;
  setControl(control: ControlState | null): void;
  /** Replaces what the call runs now (`redirect` command). */
  redirect(verbs: unknown[]): void;
  /** The call is over for the runtime (it ends with these last verbs already sent). */
  finish(outcome: string): void;
  persist(): Promise<void>;
  trace(type: string, data: Record<string, unknown>): void;
  /** The caller leaves its queue step now for a transfer (the dispatcher hears `transferred`). */
  leaveQueueStep(): void;
  /** Who the caller is bridged to now, if anyone. */
  findBridge(): Promise<Bridge | null>;
  /** Starts or stops recording on demand; false when the call's policy does not allow it or nothing changed. */
  record(on: boolean): boolean;
  submitAcd(event: AcdInboxEvent): Promise<void>;
  /** The URL of the queue's music on hold (or the default melody), for hold turns. */
  holdMusicUrl(queueId: string | null): Promise<string>;
};

export type ControlDeps = {
  pool: SqlRunner;
  jambonz: JambonzClient | null;
  /** The runtime's jambonz WebSocket and credentials (legs placed into conferences run there). */
  callHook: { url: string; username: string; password: string };
  statusHookUrl: string;
};

const fail = (error: string, message: string): CallActionResult => ({ ok: false, error, message });

/**
 * Live-call actions on a caller's conversation with an agent (desk buttons, the agent's keypad):
 * blind and consult transfers, a third party, supervisors. Blind: the caller is redirected to
 * ring the target (`dial`, or `enqueue` for a queue) and the agent leaves; unanswered, the caller
 * rings the agent again, then goes back to the queue at the front — never a dead call. Consult,
 * third party and supervisors move the conversation into a conference (jambonz has no other way
 * to add anyone to a `dequeue` bridge): the caller and the agent are redirected into a room named
 * after the caller, the others are placed by REST into it (conference legs).
 */
export class CallController {
  constructor(private readonly host: ControlHost, private readonly deps: ControlDeps) {}

  private say(phrase: RuntimePhrase) {
    return buildRuntimeSay(phrase, this.host.language);
  }

  async run(action: CallAction): Promise<CallActionResult> {
    if (!this.deps.jambonz) return fail("unavailable", "jambonz's REST API is not configured");
    if (action.kind === "record") {
      return this.host.record(action.action === "start") ? { ok: true } : fail("notAllowed", "this call's queue does not record on demand, or it already is in that state");
    }
    const control = this.host.getControl();
    if (action.kind === "completeTransfer" || action.kind === "cancelTransfer") {
      if (!control?.consult) return fail("noTransfer", "no consult transfer is under way");
      return action.kind === "completeTransfer" ? this.completeConsult(control) : this.cancelConsult(control);
    }
    if (control && control.stage !== "conference") return fail("busy", "the call is being transferred");
    if (action.kind === "transfer" && action.mode === "blind") {
      if (control) return fail("unsupported", "a conference cannot be transferred blind; complete or cancel it first");
      const bridge = await this.host.findBridge();
      if (!bridge) return fail("notBridged", "the caller is not talking to an agent");
      return this.transferBlind(bridge, action.target);
    }
    const room = control?.room ?? (await this.escalate());
    if (typeof room !== "string") return room;
    if (action.kind === "transfer") return this.consult(room, action.target);
    if (action.kind === "addParty") return this.place(room, action.target, "party");
    return this.place(room, { type: "extension", number: action.supervisorExtension }, "supervisor", action.mode);
  }

  /** The agent's keypad code on a flow's dial (`*1` + extension + `#`): a blind transfer. */
  async transferByKeypad(extension: string): Promise<CallActionResult> {
    if (this.host.getControl()) return fail("busy", "the call is being transferred");
    const bridge = await this.host.findBridge();
    if (!bridge) return fail("notBridged", "the caller is not talking to an agent");
    this.host.trace("transferRequested", { by: "keypad", mode: "blind", target: extension });
    return this.transferBlind(bridge, { type: "extension", number: extension });
  }

  private targetOf(target: CallTarget) {
    return target.type === "extension" ? { type: "user", name: `${target.number}@${this.host.sipRealm}` } : target.type === "phone" ? { type: "phone", number: target.number } : null;
  }

  /** Verbs that ring the target for the caller (or queue them), reporting to `/cc/transfer` (`/cc/queue`). */
  private async ringVerbs(target: CallTarget, priority?: number): Promise<unknown[]> {
    const dialTarget = this.targetOf(target);
    if (dialTarget) return [this.say("transferring"), { verb: "dial", target: [dialTarget], timeout: TRANSFER_RING_SECONDS, answerOnBridge: true, actionHook: CONTROL_HOOKS.transfer }];
    const queueId = (target as Extract<CallTarget, { type: "queue" }>).queueId;
    await this.host.submitAcd({ type: "callerJoined", at: Date.now(), callerId: this.host.callSid, queueId, ...(priority !== undefined && { priority }) });
    return [{ verb: "enqueue", name: queueId, waitHook: CONTROL_HOOKS.wait, actionHook: CONTROL_HOOKS.queue }];
  }

  private async transferBlind(bridge: Bridge, target: CallTarget): Promise<CallActionResult> {
    this.host.leaveQueueStep();
    this.host.setControl({
      stage: target.type === "queue" ? "queued" : "transferring",
      agent: { extension: bridge.extension, ...(bridge.kind === "queue" && { legSid: bridge.legSid }) },
      queueId: target.type === "queue" ? target.queueId : bridge.kind === "queue" ? bridge.queueId : null,
    });
    this.host.trace("transferred", { mode: "blind", target, from: bridge.extension });
    this.host.redirect(await this.ringVerbs(target));
    // A queue call's agent has a leg of its own: it hangs up. A flow's dial leg ends with the dial the redirect replaced.
    if (bridge.kind === "queue") await this.hangUp(bridge.legSid);
    await this.host.persist();
    return { ok: true, detail: "transferring" };
  }

  /** The transfer's `dial` ended: over (answered and done), or back to the agent, then to the queue. */
  answerTransferResult(status: string): unknown[] {
    const control = this.host.getControl();
    if (status === "completed" || !control) {
      this.host.finish("transferred");
      return [{ verb: "hangup" }];
    }
    this.host.trace("transferUnanswered", { status });
    if (control.stage === "transferring" && control.agent?.extension) {
      this.host.setControl({ ...control, stage: "returning" });
      return [this.say("transferFailed"), { verb: "dial", target: [{ type: "user", name: `${control.agent.extension}@${this.host.sipRealm}` }], timeout: TRANSFER_RING_SECONDS, answerOnBridge: true, actionHook: CONTROL_HOOKS.transfer }];
    }
    if (control.queueId) {
      this.host.setControl({ ...control, stage: "queued" });
      void this.host.submitAcd({ type: "callerJoined", at: Date.now(), callerId: this.host.callSid, queueId: control.queueId, priority: RETURN_PRIORITY });
      return [this.say("backToQueue"), { verb: "enqueue", name: control.queueId, waitHook: CONTROL_HOOKS.wait, actionHook: CONTROL_HOOKS.queue }];
    }
    this.host.finish("transferred");
    return [this.say("apology"), { verb: "hangup" }];
  }

  /** A hold turn while queued by a transfer. */
  async answerWait(): Promise<unknown[]> {
    return [{ verb: "play", url: await this.host.holdMusicUrl(this.host.getControl()?.queueId ?? null), timeoutSecs: 20 }];
  }

  /** The transfer's `enqueue` ended: after the conversation (bridged), or the caller left. */
  answerQueueResult(result: string): unknown[] {
    const queueId = this.host.getControl()?.queueId;
    const reason = result === "bridged" ? "answered" : result === "leave" ? "timedOut" : "abandoned";
    if (queueId) void this.host.submitAcd({ type: "callerLeft", at: Date.now(), callerId: this.host.callSid, reason });
    this.host.finish(result === "bridged" ? "transferred" : "abandoned");
    return [{ verb: "hangup" }];
  }

  /**
   * The conversation moves into a conference room (queue calls only: both legs have sockets): the
   * caller (tagged `customer`) and the agent (`agent`) are redirected into it.
   */
  private async escalate(): Promise<string | CallActionResult> {
    const bridge = await this.host.findBridge();
    if (!bridge) return fail("notBridged", "the caller is not talking to an agent");
    if (bridge.kind !== "queue") return fail("unsupported", "only queue calls can become conferences (the agent's phone leg of a dial has no line of its own)");
    const room = `cc-${this.host.callSid}`;
    this.host.leaveQueueStep();
    this.host.setControl({ stage: "conference", room, agent: { extension: bridge.extension, legSid: bridge.legSid }, queueId: bridge.queueId, legs: { [bridge.legSid]: { role: "agent", ringing: false } } });
    this.host.redirect([this.conferenceVerb(room, "customer")]);
    await this.sendLegVerbs(bridge.legSid, [this.conferenceVerb(room, "agent")]);
    this.host.trace("conferenceStarted", { room, agent: bridge.extension });
    await this.host.persist();
    return room;
  }

  private conferenceVerb(room: string, tag: string) {
    return {
      verb: "conference", name: room, memberTag: tag, beep: false, startConferenceOnEnter: true, endConferenceOnExit: false, actionHook: CONTROL_HOOKS.conference,
      ...(tag === "customer" && { statusHook: CONTROL_HOOKS.confStatus, statusEvents: ["join"] }),
    };
  }

  private async consult(room: string, target: CallTarget): Promise<CallActionResult> {
    if (target.type === "queue") return fail("unsupported", "a consult transfer goes to an extension or a number");
    const placed = await this.place(room, target, "consult");
    if (!placed.ok) return placed;
    const control = this.host.getControl()!;
    this.host.setControl({ ...control, holding: true, consult: placed.detail ?? null });
    await this.holdCaller(true);
    await this.host.persist();
    return placed;
  }

  /** Places a leg into the room: a colleague, a third party or a supervisor (listening, whispering to the agent, or barging in). */
  private async place(room: string, target: CallTarget, role: ConferenceLegTag["role"], mode?: ConferenceLegTag["mode"]): Promise<CallActionResult> {
    const dialTarget = this.targetOf(target);
    if (!dialTarget) return fail("unsupported", "only an extension or a number can join a conversation");
    const tag: ConferenceLegTag = { centrala: "conferenceLeg", tenantId: this.host.tenantId, callerSid: this.host.callSid, room, role, ...(mode && { mode }), language: this.host.language };
    const { callHook, statusHookUrl } = this.deps;
    try {
      const created = await this.deps.jambonz!.calls.create({
        from: this.host.from, to: dialTarget as never,
        call_hook: { url: callHook.url, method: "WS", username: callHook.username, password: callHook.password },
        call_status_hook: { url: statusHookUrl, method: "POST", username: callHook.username, password: callHook.password },
        timeout: TRANSFER_RING_SECONDS, tag,
        speech_synthesis_vendor: "google", speech_synthesis_language: this.host.language, speech_synthesis_voice: "default",
        speech_recognizer_vendor: "google", speech_recognizer_language: this.host.language,
      });
      const control = this.host.getControl()!;
      this.host.setControl({ ...control, legs: { ...control.legs, [created.sid]: { role, ringing: true } } });
      this.host.trace(role === "supervisor" ? "supervisorJoining" : "partyRinging", { target, role, ...(mode && { mode }) });
      await this.host.persist();
      return { ok: true, detail: created.sid };
    } catch (err) {
      return fail("jambonz", err instanceof Error ? err.message : String(err));
    }
  }

  private async completeConsult(control: ControlState): Promise<CallActionResult> {
    const agentLeg = control.agent?.legSid;
    this.host.setControl({ ...control, holding: false, consult: null });
    if (agentLeg) await this.hangUp(agentLeg);
    await this.holdCaller(false);
    this.host.trace("transferCompleted", {});
    await this.host.persist();
    return { ok: true };
  }

  private async cancelConsult(control: ControlState): Promise<CallActionResult> {
    const consult = control.consult!;
    this.host.setControl({ ...control, holding: false, consult: null });
    await this.hangUp(consult, control.legs?.[consult]?.ringing);
    await this.holdCaller(false);
    this.host.trace("transferCancelled", {});
    await this.host.persist();
    return { ok: true };
  }

  /** A leg of the room answered, left or never answered. The caller never stays in an empty room. */
  async receiveParty(notice: Extract<CallerNotice, { type: "party" }>): Promise<unknown[] | null> {
    const control = this.host.getControl();
    if (!control?.legs) return null;
    const legs = { ...control.legs };
    const known = legs[notice.legSid];
    if (!known) return null;
    if (notice.status === "answered") legs[notice.legSid] = { ...known, ringing: false };
    else delete legs[notice.legSid];
    let next: ControlState = { ...control, legs };
    if (notice.status === "failed" && control.consult === notice.legSid) {
      // The colleague did not answer: back to the agent, who is still in the room.
      next = { ...next, holding: false, consult: null };
      this.host.trace("transferUnanswered", { role: notice.role });
      this.host.setControl(next);
      await this.holdCaller(false);
    } else this.host.setControl(next);
    const talking = Object.values(legs).filter((leg) => leg.role !== "supervisor");
    if (notice.status !== "answered" && talking.length === 0) {
      this.host.trace("conferenceEnded", {});
      this.host.finish("transferred");
      return [this.say("goodbye"), { verb: "hangup" }];
    }
    await this.host.persist();
    return null;
  }

  /** The caller joined the room: a consult transfer puts them on hold now that they are in. */
  async answerConferenceStatus(data: Record<string, unknown>): Promise<void> {
    if (data.event === "join" && this.host.getControl()?.holding) await this.holdCaller(true);
  }

  private async holdCaller(hold: boolean): Promise<void> {
    try {
      await this.deps.jambonz!.calls.update(this.host.callSid, { conferenceParticipantAction: hold ? { action: "hold", wait_hook: CONTROL_HOOKS.hold } : { action: "unhold" } });
    } catch (err) {
      this.host.log.warn({ err: err instanceof Error ? err.message : String(err), hold }, "could not hold or unhold the caller in the conference");
    }
  }

  /** Hangs a leg up: `completed` once answered, `no-answer` (CANCEL) while it rings. */
  private async hangUp(callSid: string, ringing = false): Promise<void> {
    try {
      await this.deps.jambonz!.calls.update(callSid, { call_status: ringing ? "no-answer" : "completed" });
    } catch (err) {
      if (err instanceof JambonzApiError && err.status === 422 && ringing) return this.hangUp(callSid, false);
      if (!(err instanceof JambonzApiError && (err.status === 404 || err.status === 422))) this.host.log.warn({ err: err instanceof Error ? err.message : String(err) }, "could not hang up a leg");
    }
  }

  /** Verbs for a leg's socket, wherever it is carried. */
  private async sendLegVerbs(callSid: string, verbs: unknown[]): Promise<void> {
    await this.deps.pool.query(`SELECT pg_notify($1, $2)`, [LEG_COMMAND_CHANNEL, JSON.stringify({ callSid, verbs })]);
  }
}
