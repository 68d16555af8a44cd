import { randomUUID } from "node:crypto";
import { loadExtension } from "./loadExtension";
import type { JambonzSession } from "@jambonz/node-client-ws";
import { convertJambonzHookToEvent, initialState, step, stripSecrets, type CallState, type EngineEvent, type Effect, type StartEvent, type Verb } from "@centrala/engine";
import type { FlowIR } from "@centrala/flow";
import { redeemTestSession, type NumberRoute } from "@centrala/db";
import type { Logger } from "../observability/createLogger";
import type { CallDeps } from "./callDeps";
import { collectHooks } from "./collectHooks";
import { buildRuntimeSay } from "./runtimePhrases";
import { convertEventFromStored, convertRowFromStored, parseStoredCall, type StoredCall, type StoredCallRow } from "./storedCall";
import { readFlowIR, TEST_VERSION_PREFIX } from "./loadFlowVersion";
import { capHookData, readCallParty } from "./capInput";
import { CLOCK_HEADER, readSipHeader, verifyClockHeader } from "./callClock";
import type { CallerNotice } from "../acd/agentLegTag";
import type { CallAction, CallActionResult } from "@centrala/db";
import { CallController, CONTROL_HOOKS, type Bridge } from "./CallController";
import { decorateDialVerbs, readTransferCode } from "./transferCodes";
import { readQueueExit } from "./readQueueExit";

const FALLBACK_HOOK = "/runtime/fallback-done";
const TERMINAL_STATUSES = new Set(["completed", "failed", "busy", "no-answer"]);
const MAX_FOLLOW_UPS = 20;

/**
 * One call on one jambonz socket: turns jambonz messages into engine events, steps the engine,
 * performs the effects it asks for and answers with its verbs. Messages of a call are handled one
 * at a time, in order; state is saved outside the process after every answer.
 */
export class LiveCall {
  private record: StoredCall | null = null;
  private language = "pl-PL";
  private fallbackNumber: string | null = null;
  private readonly irs = new Map<string, FlowIR>();
  private readonly listening = new Set<string>();
  private chain: Promise<void> = Promise.resolve();
  private ended = false;
  private readonly log: Logger;
  private readonly clockHeader: string | null;
  /** What the call's clock adds to real time (a call run "as if" at another moment). */
  private clockOffsetMs = 0;
  /** The call's own clock: real time, shifted for a call run "as if" at another moment. */
  private readonly now = () => this.deps.now() + this.clockOffsetMs;
  /** Said before the caller joins a queue whose calls are recorded (put in front of the enqueue). */
  private pendingAnnouncement: unknown | null = null;
  /** Live-call actions (transfers, conferences); null when the call centre is off. */
  private readonly controller: CallController | null;

  constructor(private readonly session: JambonzSession, private readonly deps: CallDeps, private readonly testToken: string | null = null) {
    this.log = deps.logger.child({ call_sid: session.call_sid });
    this.clockHeader = readSipHeader(session.data.sip, CLOCK_HEADER);
    // node-client-ws copies the whole INVITE (raw SIP text, headers, SDP) onto the session and keeps
    // the upgrade request; the runtime needs neither once the call has started, and they are most
    // of a call's memory.
    delete session.sip;
    delete session.data.sip;
    this.controller = deps.control ? new CallController(this.buildControlHost(), deps.control) : null;
  }

  /** Starts handling the socket's session:new (or session:reconnect). */
  attach(kind: "new" | "reconnect"): void {
    const { session, deps } = this;
    deps.metrics.activeCalls.inc();
    const msgid = session.msgid;
    const receivedAt = performance.now();
    session.on("call:status", (data: Record<string, unknown>) => this.enqueue(() => this.handleStatus(data)));
    session.on("jambonz:error", (data: Record<string, unknown>) => {
      deps.metrics.errors.inc({ kind: "jambonz-error" });
      this.log.warn({ detail: data }, "jambonz reported an error");
      this.enqueue(() => this.resendLostAnswer(String(data?.details ?? "")));
    });
    session.on("close", (code: number) => this.handleClose(code));
    this.listenTo([FALLBACK_HOOK, ...Object.values(CONTROL_HOOKS)]);
    this.enqueue(async () => {
      if (kind === "reconnect" && (await this.resume(msgid))) return;
      await this.start(msgid);
      deps.metrics.hookToAck.observe({ type: "session:new" }, (performance.now() - receivedAt) / 1000);
    });
  }

  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((err: unknown) => {
      this.deps.metrics.errors.inc({ kind: "internal" });
      this.log.error({ err: describe(err) }, "unexpected error while handling the call");
    });
  }

  private listenTo(hooks: Iterable<string>): void {
    for (const hook of hooks) {
      if (this.listening.has(hook)) continue;
      this.listening.add(hook);
      this.session.on(hook, (raw: unknown) => {
        // node-client-ws keeps only the latest msgid on the session: read it now, before another hook lands.
        const msgid = this.session.msgid;
        const receivedAt = performance.now();
        const data = capHookData(raw, (field, length) => {
          this.deps.metrics.errors.inc({ kind: "oversize-input" });
          this.log.warn({ hook, field, length }, "cut an oversize value jambonz reported");
        });
        this.enqueue(async () => {
          await this.handleHook(hook, msgid, data);
          this.deps.metrics.hookToAck.observe({ type: "verb:hook" }, (performance.now() - receivedAt) / 1000);
        });
      });
    }
  }

  private async start(msgid: string): Promise<void> {
    const { session, deps } = this;
    const cut = (field: string, length: number) => {
      deps.metrics.errors.inc({ kind: "oversize-input" });
      this.log.warn({ field, length }, "cut an oversize caller or called number");
    };
    const to = readCallParty(session.to, "to", cut);
    const from = readCallParty(session.from, "from", cut);
    let route: NumberRoute | null;
    let testAt: number | null = null;
    try {
      if (this.testToken) {
        const test = await this.resolveTestRoute(this.testToken);
        route = test?.route ?? null;
        testAt = test?.at ?? null;
      } else {
        route = await deps.flowCache.resolve(to);
      }
    } catch (err) {
      // The database is away and the number was never seen here: at least an apology, never silence.
      deps.metrics.errors.inc({ kind: "routing-unavailable" });
      this.log.error({ to, err: describe(err) }, "could not find where the number routes");
      this.sendFailure(msgid);
      this.ended = true;
      return;
    }
    if (!route && this.testToken) {
      this.log.warn("test call with an unknown or expired test session");
      this.sendAck(msgid, [buildRuntimeSay("testExpired", "en-US"), { verb: "hangup" }]);
      this.ended = true;
      return;
    }
    if (!route) {
      deps.metrics.errors.inc({ kind: "unknown-number" });
      this.log.warn({ to, from }, "call to a number that routes nowhere");
      this.sendAck(msgid, [buildRuntimeSay("unknownNumber", "pl-PL"), buildRuntimeSay("unknownNumber", "en-US"), { verb: "hangup" }]);
      this.ended = true;
      return;
    }
    this.language = route.tenant.language;
    this.fallbackNumber = route.tenant.fallbackNumber;
    const callId = randomUUID();
    const isTest = this.testToken !== null;
    deps.metrics.callsTotal.inc({ kind: isTest ? "test" : "inbound" });
    const callRow: StoredCallRow = {
      id: callId, tenantId: route.tenant.id, callSid: session.call_sid, flowId: route.flow?.id ?? null,
      flowVersionId: isTest ? null : route.version?.id ?? null, fromNumber: from, toNumber: to, direction: "inbound", isTest, startedAt: deps.now(),
    };
    deps.traces.callStarted(convertRowFromStored(callRow));
    const ir = route.version ? readFlowIR(route.version.ir) : null;
    if (!route.flow || !route.version || !ir) {
      this.log.warn({ to, tenant_id: route.tenant.id }, "the number's flow has no published version");
      void deps.traces.callEnded({ id: callId, endedAt: new Date(deps.now()), outcome: "error", answeredAt: null });
      this.ended = true;
      this.sendFailure(msgid);
      return;
    }
    this.irs.set(route.flow.id, ir);
    this.clockOffsetMs = this.readClockOffset(testAt, to);
    const startEvent = this.buildStartEvent(route, callId, from, to);
    this.record = {
      v: 1, engine: initialState(startEvent), callId, tenantId: route.tenant.id, versions: { [route.flow.id]: route.version.id },
      hooks: [], traceSeq: 0, answeredAt: null, isTest, callRow, pending: [],
      ...(this.clockOffsetMs ? { clockOffsetMs: this.clockOffsetMs } : {}),
    };
    await this.advance(startEvent, msgid);
  }

  /**
   * A call runs "as if" at another moment only when a path real callers cannot use asks for it:
   * the editor's test session (its stored `at`), or an X-Centrala-Clock header signed with
   * RUNTIME_SECRET. The offset is kept with the call, so a reconnect keeps the same clock.
   */
  private readClockOffset(testAt: number | null, to: string): number {
    const at = testAt ?? (this.clockHeader ? verifyClockHeader(this.clockHeader, to, this.deps.runtimeSecret) : null);
    if (this.clockHeader && at === null && testAt === null) {
      this.deps.metrics.errors.inc({ kind: "bad-clock-header" });
      this.log.warn("ignored an X-Centrala-Clock header that is not validly signed");
    }
    if (at === null) return 0;
    this.log.info({ as_if: new Date(at).toISOString() }, "call runs as if at another time");
    return at - this.deps.now();
  }

  /** A test call runs the draft compiled into its test session, for that session's tenant only. */
  private async resolveTestRoute(token: string): Promise<{ route: NumberRoute; at: number | null } | null> {
    const test = await redeemTestSession(this.deps.prisma, token, new Date(this.deps.now()));
    if (!test) return null;
    return {
      route: {
        tenant: test.tenant, numberId: "", flow: { id: test.flowId, name: "test" },
        version: { id: `${TEST_VERSION_PREFIX}${test.id}`, number: 0, ir: test.ir },
      },
      at: test.at ? test.at.getTime() : null,
    };
  }

  private buildStartEvent(route: NumberRoute, callId: string, from: string, to: string): StartEvent {
    const { deps, session } = this;
    return {
      type: "start", at: this.now(), call: { callSid: session.call_sid, from, to }, flowId: route.flow?.id,
      env: {
        timezone: route.tenant.timezone, sipRealm: route.tenant.sipRealm, language: route.tenant.language,
        promptBaseUrl: deps.promptBaseUrl(route.tenant.id),
        audioWsUrl: deps.audioWsUrl({ tenantId: route.tenant.id, callId, callSid: session.call_sid }),
        ...(route.tenant.fallbackNumber ? { fallbackNumber: route.tenant.fallbackNumber } : {}),
      },
    };
  }

  /**
   * A reconnect (possibly to another instance): picks the call up where it was: from this
   * instance's memory if its socket closed here (sensitive values included), otherwise from the
   * stored state. It takes the call over, and writes again what the call still owes the call log.
   */
  private async resume(msgid: string): Promise<boolean> {
    const { deps, session } = this;
    const held = deps.detached.get(session.call_sid);
    deps.detached.delete(session.call_sid);
    let record = held?.record ?? null;
    if (!record) {
      let stored: Awaited<ReturnType<typeof deps.store.load>>;
      try {
        stored = await this.loadStoredCall();
      } catch (err) {
        deps.metrics.errors.inc({ kind: "resume-unavailable" });
        this.log.error({ err: describe(err) }, "could not read the call's state to resume it");
        this.sendFailure(msgid);
        this.ended = true;
        return true;
      }
      record = stored ? parseStoredCall(stored.state) : null;
    }
    // No state: the socket dropped before session:new was answered, so this ack must start the call.
    if (!record) return false;
    for (const [flowId, versionId] of Object.entries(record.versions)) {
      const version = await deps.versions.byId(record.tenantId, versionId).catch(() => null);
      if (version) this.irs.set(flowId, version.ir);
    }
    // A call can outlive the day its prompt URLs were signed for: hand it today's.
    record.engine = { ...record.engine, env: { ...record.engine.env, promptBaseUrl: this.deps.promptBaseUrl(record.tenantId) } };
    this.record = record;
    this.clockOffsetMs = record.clockOffsetMs ?? 0;
    this.language = record.engine.env.language ?? this.language;
    this.fallbackNumber = record.engine.env.fallbackNumber ?? null;
    this.listenTo(record.hooks);
    if (record.callRow) deps.traces.callStarted(convertRowFromStored(record.callRow));
    for (const event of record.pending ?? []) deps.traces.event(convertEventFromStored(record, event));
    this.log.info({ node: record.engine.node?.id, from_memory: held !== undefined }, "call resumed after a reconnect");
    if (record.engine.status === "ended") {
      this.sendAck(msgid, [{ verb: "hangup" }]);
      this.finish(record, record.engine.outcome ?? "completed");
      return true;
    }
    this.sendAck(msgid, []);
    await this.persist(record, true);
    return true;
  }

  /** The stored state, retried for a few seconds if the database does not answer (jambonz waits 5 s). */
  private async loadStoredCall() {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.deps.store.load(this.session.call_sid);
      } catch (err) {
        if (attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  /**
   * A socket that closes while a key press is in flight loses it, or loses our answer to it:
   * jambonz abandons the msgid ("abandoning msgid X since socket is closed"), moves on and, its
   * stack empty, waits in silence. Either way the caller should hear where they are again, so
   * send our last answer again as a command (for a menu: the menu replays).
   */
  private async resendLostAnswer(details: string): Promise<void> {
    const lost = /abandoning msgid (\S+)/.exec(details)?.[1];
    const last = this.record?.lastAck;
    if (!lost || !last || !last.verbs.length || this.record?.engine.status !== "active") return;
    this.log.info({ msgid: lost }, "jambonz lost our last answer in a reconnect; sending it again");
    this.session.sendCommand("redirect", last.verbs);
    this.record!.lastAck = null;
    await this.persist(this.record!);
  }

  private async handleHook(hook: string, msgid: string, data: unknown): Promise<void> {
    if (hook === FALLBACK_HOOK || !this.record || this.record.engine.status === "ended") {
      this.sendAck(msgid, hook === FALLBACK_HOOK ? [{ verb: "hangup" }] : []);
      return;
    }
    if (hook.startsWith("/cc/")) return this.handleControlHook(hook, msgid, (data ?? {}) as Record<string, unknown>);
    // A transfer or conference took the call over: the flow's own hooks (its dial or queue ending
    // because they were replaced) change nothing.
    if (this.record.control) {
      this.sendAck(msgid, []);
      return;
    }
    // The dispatcher asked this caller out of the queue: this hold turn says `leave` (the
    // enqueue ends with queue_result leave, and the queue step takes its time-out exit).
    const queued = this.record.acdCaller;
    if (queued?.leave && hook === `/n/${queued.nodeId}/wait`) {
      this.sendAck(msgid, [{ verb: "leave" }]);
      return;
    }
    // An agent has the caller: the queue's leave key must not take them out of the conversation.
    if (queued?.answered && hook === `/n/${queued.nodeId}/leavekey`) {
      this.sendAck(msgid, []);
      return;
    }
    await this.advance(convertJambonzHookToEvent(hook, data, this.now()), msgid);
  }

  private async handleStatus(data: Record<string, unknown>): Promise<void> {
    const status = String(data.call_status ?? "");
    const record = this.record;
    // jambonz reports the legs a dial places (agents' phones) on the caller's socket too: the one
    // answered is who the caller talks to (a keypad transfer moves the caller away from it).
    if (record && data.call_sid !== undefined && data.call_sid !== this.session.call_sid) {
      if (status === "in-progress") record.dialLeg = { callSid: String(data.call_sid), to: String(data.to ?? "") };
      else if (TERMINAL_STATUSES.has(status) && record.dialLeg?.callSid === data.call_sid) record.dialLeg = null;
      return;
    }
    if (!record) return;
    if (record.control && TERMINAL_STATUSES.has(status)) {
      this.finish(record, record.control.stage === "queued" ? "abandoned" : "transferred");
      return;
    }
    if (status === "in-progress" && record.answeredAt === null) record.answeredAt = this.deps.now();
    if (TERMINAL_STATUSES.has(status) && record.engine.status !== "ended") {
      await this.advance({ type: "hangup", at: this.now() }, null);
    }
  }

  private handleClose(code: number): void {
    this.deps.metrics.activeCalls.dec();
    const record = this.record;
    if (this.ended || !record || record.engine.status === "ended") return;
    this.log.info({ code }, "socket closed before the call ended; state kept for a reconnect");
    this.deps.detached.set(this.session.call_sid, { record, at: Date.now() });
    void this.deps.store.detach(this.session.call_sid).catch(() => {});
  }

  /**
   * Steps the engine with an event and every follow-up its effects produce (HTTP answers, other
   * flows loaded), answers jambonz with all the verbs at once, then saves the state. A web request
   * that runs longer than about a second is bridged: jambonz gets the verbs so far and "one moment"
   * at once, and the rest is queued behind them when the answer arrives.
   */
  private async advance(first: EngineEvent, msgid: string | null): Promise<void> {
    const record = this.record!;
    const verbs: Verb[] = [];
    let state: CallState = record.engine;
    let pending: EngineEvent | null = first;
    let ended: Effect | null = null;
    let answered = false;
    const bridge = () => {
      if (!msgid || answered) return;
      answered = true;
      this.sendAck(msgid, [...verbs, buildRuntimeSay("oneMoment", this.language)]);
      verbs.length = 0;
    };
    try {
      for (let round = 0; pending && round < MAX_FOLLOW_UPS; round++) {
        const ir = this.irs.get(state.flowId ?? "");
        if (!ir) throw new Error(`flow ${state.flowId ?? "?"} is not loaded`);
        const result = step(ir, state, pending);
        state = result.state;
        verbs.push(...result.verbs);
        pending = null;
        for (const effect of result.effects) {
          const next = await this.perform(effect, record, bridge);
          if (next) pending = next;
          if (effect.type === "callEnded") ended = effect;
        }
      }
    } catch (err) {
      this.deps.metrics.errors.inc({ kind: "engine" });
      this.log.error({ err: describe(err), node: state.node?.id }, "the flow could not continue");
      record.engine = { ...state, status: "ended", outcome: "error" };
      this.finish(record, "error");
      if (msgid && !answered) this.sendFailure(msgid);
      else if (answered) this.sendQueued(this.buildFailureVerbs());
      return;
    }
    record.engine = state;
    this.reportQueueExit(record, first);
    this.log.debug({ event: first.type, node: state.node?.id, verbs: verbs.map((v) => v.verb) }, "stepped");
    if (this.pendingAnnouncement) {
      const at = verbs.findIndex((v) => v.verb === "enqueue");
      verbs.splice(at < 0 ? verbs.length : at, 0, this.pendingAnnouncement as Verb);
      this.pendingAnnouncement = null;
    }
    if (this.controller) await this.addTransferCodes(record, verbs);
    const hooks = collectHooks(verbs);
    this.listenTo(hooks);
    record.hooks = [...new Set([...record.hooks, ...hooks])];
    record.lastAck = msgid ? { msgid, verbs } : record.lastAck ?? null;
    // Answer first, then save: the save is still awaited before this call's next message is handled,
    // and shutdown waits for it, so only a hard crash inside that millisecond can lose a step.
    if (answered) this.sendQueued(verbs);
    else if (msgid) this.sendAck(msgid, verbs);
    if (ended && ended.type === "callEnded") this.finish(record, ended.outcome);
    else await this.persist(record);
  }

  /**
   * Stores the call for a reconnect to any instance (`claim`: taking it over from another), with
   * what it still owes the call log, and never with what the caller typed into a sensitive step:
   * those values stay in memory, so a reconnect here keeps them; elsewhere the flow asks again.
   * Normally the next message waits for the save; while the database is away it does not, and the
   * store keeps retrying.
   */
  private async persist(record: StoredCall, claim = false): Promise<void> {
    const { traces, store } = this.deps;
    if (record.callRow && traces.isCallWritten(record.callId)) record.callRow = null;
    if (record.pending?.length) {
      const written = traces.writtenThrough(record.callId);
      if (written >= 0) record.pending = record.pending.filter((event) => event.seq > written);
    }
    const stored = record.engine.secrets === undefined ? record : { ...record, engine: stripSecrets(record.engine) };
    const saving = claim ? store.claim(this.session.call_sid, record.tenantId, stored) : store.save(this.session.call_sid, record.tenantId, stored);
    const report = (err: unknown) => this.log.warn({ err: describe(err) }, "could not store the call's state");
    void saving.catch(report);
    // Wait for the save, unless (or until) the database turns out to be away: then carry on from memory.
    if (store.isHealthy()) await Promise.race([saving.catch(() => {}), store.whenUnhealthy()]);
  }

  /** Resolves once every message received so far has been handled and its state saved. */
  settle(): Promise<void> {
    return this.chain;
  }

  /** Carries out one effect; returns the event that answers it, if any. */
  private async perform(effect: Effect, record: StoredCall, bridge: () => void): Promise<EngineEvent | null> {
    const { deps } = this;
    if (effect.type === "trace") {
      const r = effect.record;
      this.recordTrace(record, r.name, "nodeId" in r && r.nodeId ? r.nodeId : null, effect.at - this.clockOffsetMs, r);
      return null;
    }
    if (effect.type === "http") {
      const request = deps.performHttp(effect, this.now);
      let timer: NodeJS.Timeout | undefined;
      const early = await Promise.race([request, new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), deps.httpWaitMessageAfterMs); })]);
      clearTimeout(timer);
      if (early) return early;
      bridge();
      return request;
    }
    if (effect.type === "gotoFlow") {
      const version = await deps.versions.live(record.tenantId, effect.flowId);
      if (!version) return { type: "flowLoaded", at: this.now(), flowId: effect.flowId, error: "notFound" };
      this.irs.set(effect.flowId, version.ir);
      record.versions[effect.flowId] = version.id;
      return { type: "flowLoaded", at: this.now(), flowId: effect.flowId, ir: version.ir };
    }
    if (effect.type === "lookupExtension") return loadExtension(deps.pool, record.tenantId, effect, this.now());
    if (effect.type === "recordingStarted" || effect.type === "voicemailStarted" || effect.type === "queueJoined") {
      this.recordTrace(record, effect.type, effect.nodeId, deps.now(), effect);
    }
    if (effect.type === "queueJoined") {
      this.joinAcdQueue(record, effect.nodeId, effect.queue, effect.maxWaitSeconds);
      await this.prepareRecording(record, effect.queue);
      const music = await deps.resolveHoldMusic(record.tenantId, effect.queue, record.engine.env.language ?? this.language, effect.holdPromptId);
      return { type: "holdMusic", at: deps.now(), nodeId: effect.nodeId, ...music };
    }
    return null;
  }

  /** The call's tenant, once known. */
  get tenantId(): string | null {
    return this.record?.tenantId ?? null;
  }

  /** Carries out a live-call action (desk, wallboard) on this caller's conversation. */
  runAction(action: CallAction): Promise<CallActionResult> {
    return new Promise((resolve) => {
      this.enqueue(async () => {
        if (!this.controller || !this.record || this.ended) return resolve({ ok: false, error: "callGone", message: "the call has ended" });
        resolve(await this.controller.run(action).catch((err: unknown) => ({ ok: false as const, error: "internal", message: describe(err) })));
      });
    });
  }

  /** The hooks of a call under control: transfers, the transfer queue, the conference. */
  private async handleControlHook(hook: string, msgid: string, data: Record<string, unknown>): Promise<void> {
    const controller = this.controller;
    const record = this.record!;
    if (!controller) return this.sendAck(msgid, []);
    if (hook === CONTROL_HOOKS.dtmf) {
      this.sendAck(msgid, []);
      const extension = readTransferCode(String(data.dtmf ?? ""));
      // Only the agent's keys transfer (the array form of dtmfCapture would hear the caller's too).
      if (extension && data.call_sid !== this.session.call_sid) await controller.transferByKeypad(extension);
      return;
    }
    if (!record.control) return this.sendAck(msgid, []);
    if (hook === CONTROL_HOOKS.transfer) return this.sendAck(msgid, controller.answerTransferResult(String(data.dial_call_status ?? "failed")));
    if (hook === CONTROL_HOOKS.wait || hook === CONTROL_HOOKS.hold) return this.sendAck(msgid, await controller.answerWait());
    if (hook === CONTROL_HOOKS.queue) return this.sendAck(msgid, controller.answerQueueResult(String(data.queue_result ?? "hangup")));
    if (hook === CONTROL_HOOKS.confStatus) {
      this.sendAck(msgid, []);
      return controller.answerConferenceStatus(data);
    }
    // The caller left the room (the conference verb ended): the call is over.
    this.finish(record, "transferred");
    this.sendAck(msgid, [{ verb: "hangup" }]);
  }

  /** The agent's keypad transfer codes on the flow's dials to extensions (`*1` + extension + `#`). */
  private async addTransferCodes(record: StoredCall, verbs: Verb[]): Promise<void> {
    if (!verbs.some((v) => v.verb === "dial")) return;
    const extensions = await this.deps.listExtensions(record.tenantId).catch(() => []);
    decorateDialVerbs(verbs, extensions, CONTROL_HOOKS.dtmf);
  }

  private buildControlHost() {
    const call = this;
    return {
      get callSid() { return call.session.call_sid; },
      get from() { return call.record?.callRow?.fromNumber ?? call.record?.engine.call.from ?? "anonymous"; },
      get tenantId() { return call.record!.tenantId; },
      get language() { return call.language; },
      get sipRealm() { return call.record!.engine.env.sipRealm; },
      get log() { return call.log; },
      getControl: () => call.record?.control ?? null,
      setControl: (control: StoredCall["control"]) => { if (call.record) call.record.control = control; },
      redirect: (verbs: unknown[]) => call.session.sendCommand("redirect", verbs),
      finish: (outcome: string) => {
        const record = call.record!;
        record.engine = { ...record.engine, status: "ended", outcome: outcome as never };
        call.finish(record, outcome);
      },
      persist: () => call.persist(call.record!),
      trace: (type: string, data: Record<string, unknown>) => call.recordTrace(call.record!, type, call.record!.engine.node?.id ?? null, call.deps.now(), data),
      leaveQueueStep: () => {
        const record = call.record!;
        if (!record.acdCaller) return;
        record.acdCaller = null;
        void call.deps.submitAcdEvent?.(record.tenantId, { type: "callerLeft", at: call.deps.now(), callerId: call.session.call_sid, reason: "transferred" }).catch(() => {});
      },
      findBridge: () => call.findBridge(),
      record: (on: boolean) => {
        const record = call.record!;
        if (record.recording?.policy !== "onDemand") return false;
        return call.switchRecording(record, on);
      },
      submitAcd: async (event: Parameters<NonNullable<CallDeps["submitAcdEvent"]>>[1]) => { await call.deps.submitAcdEvent?.(call.record!.tenantId, event); },
      holdMusicUrl: async (queueId: string | null) => {
        const record = call.record!;
        const music = await call.deps.resolveHoldMusic(record.tenantId, queueId ?? "", call.language);
        const track = music.tracks[0]!;
        return `${record.engine.env.promptBaseUrl.replace(/\/$/, "")}/${encodeURIComponent(track.promptId)}/${encodeURIComponent(track.language)}.wav`;
      },
    };
  }

  /** Who the caller talks to now: the agent leg a queue bridged them to, or the leg a flow's dial connected. */
  private async findBridge(): Promise<Bridge | null> {
    const record = this.record!;
    const { rows } = await this.deps.pool.query<{ callSid: string; queueId: string; number: string }>(
      `SELECT l."callSid", l."queueId", e.number FROM "AcdLeg" l JOIN "Extension" e ON e.id = l."agentId"
        WHERE l."callerSid" = $1 AND l."tenantId" = $2 AND l.status = 'answered' AND l.decision->>'type' = 'bridge' AND l."callSid" IS NOT NULL
        ORDER BY l."answeredAt" DESC LIMIT 1`,
      [this.session.call_sid, record.tenantId],
    );
    const leg = rows[0];
    if (leg) return { kind: "queue", extension: leg.number, legSid: leg.callSid, queueId: leg.queueId };
    if (!record.dialLeg) return null;
    const [user, realm] = record.dialLeg.to.split("@");
    const extension = realm === record.engine.env.sipRealm && user ? user : null;
    return { kind: "dial", extension, legSid: record.dialLeg.callSid, to: record.dialLeg.to };
  }

  /**
   * A queue whose calls are recorded (always, or on demand): the caller hears the organisation's
   * recording announcement before waiting, and the conversation is recorded once an agent answers.
   */
  private async prepareRecording(record: StoredCall, queueId: string): Promise<void> {
    if (record.isTest || !this.deps.submitAcdEvent) return;
    const { policy, announcement } = await this.deps.readRecordingPolicy(record.tenantId, queueId).catch(() => ({ policy: "never" as const, announcement: null }));
    if (policy === "never") return;
    record.recording = { policy, queueId, active: false };
    this.pendingAnnouncement = this.buildAnnouncement(record, announcement);
  }

  private buildAnnouncement(record: StoredCall, announcement: unknown): unknown {
    const prompt = announcement as { type?: string; text?: string; language?: string; promptId?: string } | null;
    if (prompt?.type === "tts" && prompt.text) return { verb: "say", text: prompt.text, synthesizer: { vendor: "default", language: prompt.language ?? this.language } };
    if (prompt?.type === "library" && prompt.promptId) {
      const base = record.engine.env.promptBaseUrl.replace(/\/$/, "");
      return { verb: "play", url: `${base}/${encodeURIComponent(prompt.promptId)}/${encodeURIComponent(this.language)}.wav` };
    }
    return buildRuntimeSay("recordingNotice", this.language);
  }

  /**
   * Starts or stops recording the conversation: a background `listen` of the caller's leg, both
   * directions as two channels (jambonz `config` command; the same mechanism works with a real
   * jambonz), to the runtime's audio socket, which stores it with its queue and agent.
   */
  private switchRecording(record: StoredCall, on: boolean): boolean {
    const recording = record.recording;
    if (!recording || recording.active === on) return false;
    record.recording = { ...recording, active: on };
    const listen = on
      ? {
          enable: true, url: record.engine.env.audioWsUrl, mixType: "stereo",
          metadata: { kind: "recording", callSid: this.session.call_sid, queueId: recording.queueId, from: record.callRow?.fromNumber ?? record.engine.call.from, ...(recording.agentId && { agentId: recording.agentId }) },
        }
      : { enable: false, url: record.engine.env.audioWsUrl };
    this.session.sendCommand("config", { listen });
    this.recordTrace(record, on ? "recordingStarted" : "recordingStopped", record.acdCaller?.nodeId ?? record.engine.node?.id ?? null, this.deps.now(), { queueId: recording.queueId });
    return true;
  }

  /** The caller starts waiting in a queue: the call-centre dispatcher will offer them to its agents. */
  private joinAcdQueue(record: StoredCall, nodeId: string, queueId: string, maxWaitSeconds: number): void {
    const submit = this.deps.submitAcdEvent;
    if (!submit || record.isTest) return;
    record.acdCaller = { queueId, nodeId };
    const from = record.callRow?.fromNumber ?? record.engine.call.from;
    void submit(record.tenantId, {
      type: "callerJoined", at: this.deps.now(), callerId: this.session.call_sid, queueId,
      maxWaitSeconds: Math.max(1, Math.min(86_400, Math.round(maxWaitSeconds))), context: { from },
    }).catch((err: unknown) => this.log.error({ err: describe(err) }, "could not tell the dispatcher the caller is queued"));
  }

  /** Once the call has left the queue step it waited in, tells the dispatcher why (once). */
  private reportQueueExit(record: StoredCall, first: EngineEvent): void {
    const queued = record.acdCaller;
    if (!queued) return;
    if (record.engine.status !== "ended" && record.engine.node?.id === queued.nodeId) return;
    record.acdCaller = null;
    // Agents still ringing for the caller are cancelled by the dispatcher now; their legs end after this call may have.
    for (const [agentId, ringing] of Object.entries(queued.ringing ?? {})) {
      this.recordTrace(record, "agentRang", queued.nodeId, this.deps.now(), { agentId, extension: ringing.extension, agentName: ringing.name, outcome: "cancelled", ringMs: Math.max(0, this.deps.now() - ringing.at) });
    }
    const reason = readQueueExit(first, queued.leave !== undefined);
    const submit = this.deps.submitAcdEvent;
    if (!reason || !submit) return;
    void submit(record.tenantId, { type: "callerLeft", at: this.deps.now(), callerId: this.session.call_sid, reason })
      .catch((err: unknown) => this.log.error({ err: describe(err) }, "could not tell the dispatcher the caller left"));
  }

  /** What the dispatcher tells this caller: a line of its path (an agent rung...), or to leave the queue. */
  receiveAcdNotice(notice: CallerNotice): void {
    this.enqueue(async () => {
      const record = this.record;
      if (!record || this.ended) return;
      if (notice.type === "party") {
        const verbs = await this.controller?.receiveParty(notice);
        if (verbs) this.session.sendCommand("redirect", verbs);
        return;
      }
      const queued = record.acdCaller;
      // Out of the queue: its exit already wrote what was still ringing.
      if (!queued) return;
      if (notice.type === "trace") {
        const agentId = typeof notice.data.agentId === "string" ? notice.data.agentId : null;
        const ringing = { ...queued.ringing };
        if (agentId && notice.name === "agentRinging") {
          const { extension, agentName: name } = notice.data as { extension?: string; agentName?: string };
          ringing[agentId] = { at: notice.at, ...(extension && { extension }), ...(name && { name }) };
        } else if (agentId) delete ringing[agentId];
        record.acdCaller = { ...queued, ringing };
        this.recordTrace(record, notice.name, queued.nodeId, notice.at, notice.data);
        if (notice.name === "agentAnswered") {
          record.acdCaller = { ...record.acdCaller!, answered: true };
          // Disarm the queue's leave key (jambonz's background digit collector) for the conversation.
          if (record.hooks.includes(`/n/${queued.nodeId}/leavekey`)) this.session.sendCommand("config", { bargeIn: { enable: false } });
        }
        if (notice.name === "agentAnswered" && agentId && record.recording) {
          record.recording = { ...record.recording, agentId };
          if (record.recording.policy === "always") this.switchRecording(record, true);
        }
        return;
      }
      const nodeId = queued.nodeId;
      record.acdCaller = { ...queued, leave: notice.reason };
      this.recordTrace(record, "queueLeaveAsked", nodeId, this.deps.now(), { reason: notice.reason });
      await this.persist(record);
    });
  }

  /** Adds a row to the call's trace (written in batches, off the call path; kept with the call until written). */
  private recordTrace(record: StoredCall, type: string, nodeId: string | null, at: number, data: object): void {
    // The type and the node have their own columns; the rest (the key pressed, the exit taken) is data.
    const { name: _name, type: _type, nodeId: _nodeId, ...rest } = data as Record<string, unknown>;
    const event = { seq: record.traceSeq++, at, type, nodeId, data: rest };
    (record.pending ??= []).push(event);
    this.deps.traces.event(convertEventFromStored(record, event));
  }

  /**
   * Ends the call's record: the final state is stored with what it still owes the call log, and
   * removed once the end is written, so that a crash in between leaves it to the reaper.
   */
  private finish(record: StoredCall, outcome: string): void {
    if (this.ended) return;
    this.ended = true;
    if (record.acdCaller) this.reportQueueExit(record, { type: "hangup", at: this.now() });
    const { deps } = this;
    const sid = this.session.call_sid;
    record.endedAt = deps.now();
    deps.detached.delete(sid);
    const answeredAt = record.answeredAt === null ? null : new Date(record.answeredAt);
    void this.persist(record);
    void deps.traces.callEnded({ id: record.callId, endedAt: new Date(record.endedAt), outcome, answeredAt }).then(() => {
      deps.traces.forget(record.callId);
      return deps.store.remove(sid);
    }).catch(() => {});
  }

  private buildFailureVerbs(): unknown[] {
    const verbs: unknown[] = [buildRuntimeSay("apology", this.language)];
    if (this.fallbackNumber) {
      verbs.push(buildRuntimeSay("connecting", this.language));
      verbs.push({ verb: "dial", target: [{ type: "phone", number: this.fallbackNumber }], answerOnBridge: true, timeout: 30, actionHook: FALLBACK_HOOK });
    }
    verbs.push({ verb: "hangup" });
    return verbs;
  }

  /** Never a silent, dead call: apologise, then the tenant's fallback number or a hang-up. */
  private sendFailure(msgid: string): void {
    this.sendAck(msgid, this.buildFailureVerbs());
  }

  private sendAck(msgid: string, verbs: unknown[]): void {
    this.send(verbs.length ? { type: "ack", msgid, data: verbs } : { type: "ack", msgid });
  }

  /** Verbs to run after what jambonz is playing now (jambonz appends them, and wakes an empty stack). */
  private sendQueued(verbs: unknown[]): void {
    if (verbs.length) this.send({ type: "command", command: "redirect", queueCommand: true, data: verbs });
  }

  private send(message: object): void {
    try {
      this.session.ws.send(JSON.stringify(message));
    } catch (err) {
      this.log.warn({ err: describe(err) }, "could not answer jambonz (socket gone)");
    }
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
