import type { FlowIR, NodeConfig, NodeKind } from "@centrala/flow";
import type { Effect } from "../effects/effect";
import type { EngineEvent } from "../events/engineEvent";
import { convertJambonzHookToEvent } from "../events/convertJambonzHookToEvent";
import { formatHook } from "../hooks/formatHook";
import type { CallState, WaitingNode } from "../state/callState";
import { initialState } from "../state/initialState";
import { step } from "../step/step";
import type { StepResult } from "../step/stepResult";
import { expectValidVerbs, expectValidWaitAnswer } from "./expectValidVerbs";
import type { Addressee, RandomCallScript, ScriptMove } from "./randomCallScript";
import { expectSerialisable } from "./scriptedCall";
import { testEnv } from "./testEnv";

type Driver = { ir: FlowIR; state: CallState; at: number; effects: Effect[]; otherIr: FlowIR };

/**
 * Plays a random call against a flow and fails on anything a caller or jambonz would suffer
 * from: a throw, an invalid verb, an empty hold-loop answer, a call that ends without hanging
 * up, a state that is not plain JSON, or a second end of the same call.
 */
export function playRandomCall(ir: FlowIR, script: RandomCallScript, otherIr: FlowIR): { state: CallState; effects: Effect[] } {
  const start: EngineEvent = { type: "start", at: script.startAt, call: { callSid: script.callSid, from: "+48601100200", to: "+48221234567" }, env: testEnv };
  const driver: Driver = { ir, state: initialState(start), at: script.startAt, effects: [], otherIr };
  const first = applyEvent(driver, start);
  if (first.verbs.length === 0 && !first.effects.some((effect) => effect.type === "http" || effect.type === "gotoFlow")) {
    throw new Error("session:new would be answered with no verbs");
  }
  for (const [move, gap] of script.moves) {
    driver.at += gap;
    applyEvent(driver, buildEvent(driver, move));
  }
  return { state: driver.state, effects: driver.effects };
}

function applyEvent(driver: Driver, event: EngineEvent): StepResult {
  const before = driver.state;
  const result = step(driver.ir, before, event);
  expectValidVerbs(result.verbs);
  expectSerialisable(result.state);
  if (before.status === "ended" && (result.verbs.length > 0 || result.effects.length > 0)) throw new Error("an ended call produced output");
  const broken = result.effects.find((effect) => effect.type === "trace" && effect.record.name === "error" && (effect.record.reason === "exception" || effect.record.reason === "missingNode"));
  if (broken) throw new Error(`engine error: ${JSON.stringify(broken)}`);
  checkHoldAnswer(driver, before, event, result);
  checkEnding(before, event, result);
  if (event.type === "flowLoaded" && event.ir && result.state.flowHops > before.flowHops) driver.ir = event.ir;
  if (result.state.status === "active" && !(result.state.node && driver.ir.nodes[result.state.node.id])) throw new Error("active call waits nowhere");
  driver.effects.push(...result.effects);
  if (driver.effects.filter((effect) => effect.type === "callEnded").length > 1) throw new Error("call ended twice");
  driver.state = result.state;
  return result;
}

/** A hold-loop turn for the queue (or conference) the caller waits in must get a non-empty hold answer. */
function checkHoldAnswer(driver: Driver, before: CallState, event: EngineEvent, result: StepResult): void {
  const waiting = before.node;
  if (!waiting || before.status !== "active" || ("nodeId" in event && event.nodeId !== waiting.id)) return;
  const kind = driver.ir.nodes[waiting.id]?.kind;
  const inQueue = kind === "queue" || (kind === "transfer" && waiting.local.phase === "queue");
  const inConference = kind === "conference" && waiting.local.phase === "joined";
  if ((event.type === "queueWait" && inQueue) || (event.type === "conferenceWait" && inConference)) expectValidWaitAnswer(result.verbs);
}

/** When the flow ends the call, the last verb is a hangup (jambonz does not hang up on its own). */
function checkEnding(before: CallState, event: EngineEvent, result: StepResult): void {
  if (before.status === "ended" || result.state.status !== "ended") return;
  if (event.type === "hangup") {
    if (result.verbs.length > 0) throw new Error("verbs sent to a caller who hung up");
    return;
  }
  if (result.verbs.at(-1)?.verb !== "hangup") throw new Error(`call ended without hangup after ${event.type}`);
}

function buildEvent(driver: Driver, move: ScriptMove): EngineEvent {
  const at = driver.at;
  const address = (to: Addressee) => (to === "none" ? {} : { nodeId: to === "current" ? driver.state.node?.id ?? "start" : "elsewhere" });
  switch (move.move) {
    case "digits": return { type: "digits", at, digits: move.digits, ...address(move.to) };
    case "noInput": return { type: "noInput", at, ...address(move.to) };
    case "dialResult": return { type: "dialResult", at, status: move.status, ...address(move.to) };
    case "queueWait": return { type: "queueWait", at, queueTimeS: move.queueTimeS, position: move.position, size: move.position + 1, ...address(move.to) };
    case "queueResult": return { type: "queueResult", at, result: move.result, ...address(move.to) };
    case "listenEnded": return { type: "listenEnded", at, ...(move.digits === undefined ? {} : { digits: move.digits }), ...address(move.to) };
    case "conferenceWait": case "conferenceEnded": case "promptFinished": case "timer":
      return { type: move.move, at, ...address(move.to) };
    case "httpResult": return {
      type: "httpResult", at, requestId: move.matching ? readLastRequestId(driver) : "nope", body: move.body,
      ...(move.status === undefined ? {} : { status: move.status }), ...(move.error === undefined ? {} : { error: move.error }),
    };
    case "flowLoaded": {
      const flowId = move.matching ? readLastFlowId(driver) : "nope";
      return move.loads ? { type: "flowLoaded", at, flowId, ir: driver.otherIr } : { type: "flowLoaded", at, flowId, error: "notFound" };
    }
    case "jambonzHook": {
      const nodeId = move.to === "current" ? driver.state.node?.id ?? "start" : "elsewhere";
      return convertJambonzHookToEvent(formatHook(nodeId, move.purpose), move.data, at);
    }
    case "unrecognized": return { type: "unrecognized", at, hook: "/x" };
    case "hangup": return { type: "hangup", at };
    case "fitting": return buildFittingEvent(driver, move.choice);
  }
}

type FittingEvent = (nodeId: string, waiting: WaitingNode, choice: number, driver: Driver) => EngineEvent;

const noInput: FittingEvent = (nodeId, _local, _choice, driver) => ({ type: "noInput", at: driver.at, nodeId });
const queueTurn: FittingEvent = (nodeId, _local, choice, driver) => {
  const result = (["bridged", "leave", "error"] as const)[choice % 3] ?? "leave";
  return choice % 4 === 0
    ? { type: "queueResult", at: driver.at, nodeId, result }
    : { type: "queueWait", at: driver.at, nodeId, queueTimeS: choice % 400, position: choice % 5, size: 5 };
};
const dialTurn: FittingEvent = (nodeId, _local, choice, driver) => ({ type: "dialResult", at: driver.at, nodeId, status: choice % 3 === 0 ? "completed" : "no-answer" });
const flowTurn: FittingEvent = (_nodeId, _local, _choice, driver) => ({ type: "flowLoaded", at: driver.at, flowId: readLastFlowId(driver), ir: driver.otherIr });

/** What each kind of waiting node most likely gets next, so random calls travel deep into flows. */
const fittingEvents = {
  start: noInput, play: noInput, hours: noInput, condition: noInput, record: noInput, setVariable: noInput, hangup: noInput,
  menu: (nodeId, _local, choice, driver) => {
    const keys = readConfig(driver, nodeId, "menu")?.keys ?? ["1"];
    return { type: "digits", at: driver.at, nodeId, digits: keys[choice % keys.length] ?? "1" };
  },
  collect: (nodeId, _local, _choice, driver) => ({ type: "digits", at: driver.at, nodeId, digits: "1".repeat(readConfig(driver, nodeId, "collect")?.minDigits ?? 1) }),
  http: (_nodeId, _local, choice, driver) => ({ type: "httpResult", at: driver.at, requestId: readLastRequestId(driver), status: 200, body: { tier: choice % 2 === 0 ? "gold" : "silver" } }),
  conference: (nodeId, waiting, choice, driver) => waiting.local.phase === "pin"
    ? { type: "digits", at: driver.at, nodeId, digits: readConfig(driver, nodeId, "conference")?.pin ?? "" }
    : { type: choice % 2 === 0 ? "conferenceWait" : "conferenceEnded", at: driver.at, nodeId },
  queue: queueTurn,
  ringGroup: dialTurn,
  transfer: (nodeId, waiting, choice, driver) => {
    const phase = waiting.local.phase;
    return (phase === "queue" ? queueTurn : phase === "flow" ? flowTurn : dialTurn)(nodeId, waiting, choice, driver);
  },
  voicemail: (nodeId, _local, _choice, driver) => ({ type: "listenEnded", at: driver.at, nodeId, digits: "#" }),
  gotoFlow: flowTurn,
} satisfies Record<NodeKind, FittingEvent>;

function buildFittingEvent(driver: Driver, choice: number): EngineEvent {
  const waiting = driver.state.node;
  const node = waiting ? driver.ir.nodes[waiting.id] : undefined;
  if (!waiting || !node) return { type: "noInput", at: driver.at };
  return fittingEvents[node.kind](waiting.id, waiting, choice, driver);
}

function readConfig<K extends NodeKind>(driver: Driver, nodeId: string, kind: K): NodeConfig<K> | undefined {
  const node = driver.ir.nodes[nodeId];
  return node?.kind === kind ? (node.config as NodeConfig<K>) : undefined;
}

function readLastRequestId(driver: Driver): string {
  const effect = driver.effects.findLast((candidate) => candidate.type === "http");
  return effect?.type === "http" ? effect.requestId : "none";
}

function readLastFlowId(driver: Driver): string {
  const effect = driver.effects.findLast((candidate) => candidate.type === "gotoFlow");
  return effect?.type === "gotoFlow" ? effect.flowId : "none";
}
