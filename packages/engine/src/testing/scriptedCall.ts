import type { FlowIR } from "@centrala/flow";
import type { CallOutcome, Effect, TraceRecord } from "../effects/effect";
import { convertJambonzHookToEvent } from "../events/convertJambonzHookToEvent";
import type { EngineEvent } from "../events/engineEvent";
import { formatHook, type HookPurpose } from "../hooks/formatHook";
import type { CallEnv } from "../state/callEnv";
import type { CallState } from "../state/callState";
import { initialState } from "../state/initialState";
import { stripSecrets } from "../state/stripSecrets";
import { step } from "../step/step";
import type { StepResult } from "../step/stepResult";
import type { Verb } from "../verbs/verb";
import { expectValidVerbs, expectValidWaitAnswer } from "./expectValidVerbs";
import { testEnv, tuesdayMorning } from "./testEnv";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event as a test writes it: the time may be left out (one second after the last event). */
export type ScriptedEvent = DistributiveOmit<EngineEvent, "at"> & { at?: number };

export type ScriptedCallOptions = { at?: number; env?: Partial<CallEnv>; callSid?: string; from?: string; to?: string; flowId?: string };

// A state this big means something is being stored that should not be.
const maxStateBytes = 4096;

/**
 * Plays the caller's and jambonz's side of a call against the engine, the way a test script
 * reads: press keys, stay silent, let agents answer or not. Every step's verbs are checked with
 * the jambonz validator and every state must survive a JSON round trip.
 */
export class ScriptedCall {
  ir: FlowIR;
  state: CallState;
  at: number;
  readonly results: StepResult[] = [];
  private readonly startEvent: Extract<EngineEvent, { type: "start" }>;

  constructor(ir: FlowIR, options: ScriptedCallOptions = {}) {
    this.ir = ir;
    this.at = options.at ?? tuesdayMorning;
    this.startEvent = {
      type: "start",
      at: this.at,
      call: { callSid: options.callSid ?? "call-0001", from: options.from ?? "+48601100200", to: options.to ?? "+48221234567" },
      env: { ...testEnv, ...options.env },
      ...(options.flowId === undefined ? {} : { flowId: options.flowId }),
    };
    this.state = initialState(this.startEvent);
  }

  start(): StepResult {
    return this.apply(this.startEvent);
  }

  /** Steps any event; without `at` it happens one second after the previous one. */
  send(event: ScriptedEvent): StepResult {
    return this.apply({ ...event, at: event.at ?? this.at + 1000 } as EngineEvent);
  }

  /** Delivers a jambonz `verb:hook` for the node the call is in (or `nodeId`), data in jambonz's snake_case. */
  hook(purpose: HookPurpose, data: Record<string, unknown>, options: { nodeId?: string; afterMs?: number } = {}): StepResult {
    const nodeId = options.nodeId ?? this.nodeId ?? "none";
    const event = convertJambonzHookToEvent(formatHook(nodeId, purpose), data, this.at + (options.afterMs ?? 1000));
    const result = this.apply(event);
    if ((purpose === "wait" || purpose === "confwait") && this.state.status === "active" && this.nodeId === nodeId) {
      expectValidWaitAnswer(result.verbs);
    }
    return result;
  }

  press(digits: string): StepResult {
    return this.hook("gather", { digits, reason: "dtmfDetected" });
  }

  silence(): StepResult {
    return this.hook("gather", { reason: "timeout" }, { afterMs: 5000 });
  }

  dialResult(status: string, afterMs = 20_000): StepResult {
    return this.hook("dial", { dial_call_status: status }, { afterMs });
  }

  queueWait(queueTimeS: number, position: number, size = position + 1): StepResult {
    return this.hook("wait", { queue_time: queueTimeS, queue_position: position, queue_size: size, queue_sid: "queue:acct:x" });
  }

  queueResult(result: string): StepResult {
    return this.hook("queue", { queue_result: result, queue_time: 30 });
  }

  /** The call carries on from its stored state on another runtime instance: sensitive values are gone. */
  moveToAnotherInstance(): void {
    this.state = stripSecrets(JSON.parse(JSON.stringify(this.state)) as CallState);
  }

  hangUp(): StepResult {
    return this.send({ type: "hangup" });
  }

  get nodeId(): string | undefined {
    return this.state.node?.id;
  }

  get lastVerbs(): Verb[] {
    return this.results.at(-1)?.verbs ?? [];
  }

  get effects(): Effect[] {
    return this.results.flatMap((result) => result.effects);
  }

  get outcome(): CallOutcome | undefined {
    return this.state.outcome;
  }

  /** Trace records of one kind, in order. */
  traces<N extends TraceRecord["name"]>(name: N): Extract<TraceRecord, { name: N }>[] {
    return this.effects.flatMap((effect) => (effect.type === "trace" && effect.record.name === name ? [effect.record as Extract<TraceRecord, { name: N }>] : []));
  }

  /** Ids of the nodes the call entered, in order. */
  get path(): string[] {
    return this.traces("nodeEntered").map((record) => record.nodeId);
  }

  private apply(event: EngineEvent): StepResult {
    this.at = event.at;
    const result = step(this.ir, this.state, event);
    expectValidVerbs(result.verbs);
    expectSerialisable(result.state);
    this.state = result.state;
    this.results.push(result);
    return result;
  }
}

/** Fails unless the state is plain JSON (round-trips unchanged) and small. */
export function expectSerialisable(state: CallState): void {
  const json = JSON.stringify(state);
  if (JSON.stringify(JSON.parse(json)) !== json) throw new Error("call state does not survive a JSON round trip");
  if (!isDeepEqualJson(JSON.parse(json), state)) throw new Error("call state holds values JSON cannot carry");
  if (json.length > maxStateBytes) throw new Error(`call state is ${json.length} bytes`);
}

function isDeepEqualJson(parsed: unknown, original: unknown): boolean {
  if (original === undefined) return parsed === undefined;
  if (typeof original !== "object" || original === null) return Object.is(parsed, original);
  if (typeof parsed !== "object" || parsed === null) return false;
  if (Array.isArray(original) !== Array.isArray(parsed)) return false;
  const keys = Object.keys(original).filter((key) => (original as Record<string, unknown>)[key] !== undefined);
  if (keys.length !== Object.keys(parsed).length) return false;
  return keys.every((key) => isDeepEqualJson((parsed as Record<string, unknown>)[key], (original as Record<string, unknown>)[key]));
}
