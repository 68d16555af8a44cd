import type { CallOutcome } from "../effects/effect";
import type { CallEnv, CallInfo } from "./callEnv";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** The collect step (and its flow) that took a sensitive variable from the caller. */
export type SecretOrigin = { nodeId: string; flowId?: string };

/** The node the call is waiting in, with that node kind's own bookkeeping (attempts, timers). */
export type WaitingNode = { id: string; local: JsonObject };

/**
 * Everything the engine remembers about one call between events: plain JSON, a few hundred
 * bytes, never the IR. `flowId` names the flow whose IR the runtime must pass to `step`.
 */
export type CallState = {
  version: 1;
  status: "new" | "active" | "ended";
  call: CallInfo;
  env: CallEnv;
  flowId?: string;
  /** How many times `gotoFlow` switched flows; bounded so two flows cannot bounce forever. */
  flowHops: number;
  startedAt: number;
  /** Variables set by the flow; built-ins (`caller`, `hour`, ...) are computed, not stored. */
  vars: Record<string, string>;
  /**
   * Values of sensitive variables (what the caller typed into a sensitive step: a card number, a
   * PIN). They live in the call's memory only: the runtime never stores them (`stripSecrets`), and
   * everything but a condition or an https request reads them masked (`••••1111`).
   */
  secrets?: Record<string, string>;
  /**
   * Where each sensitive variable was collected; stored (unlike the values), so that a call whose
   * values were lost (it moved to another runtime instance) asks the caller again when a step needs one.
   */
  secretFrom?: Record<string, SecretOrigin>;
  node: WaitingNode | null;
  /** Increments on every wait; request ids derive from it so they are unique and deterministic. */
  seq: number;
  /** What the call achieved so far; decides the outcome when the flow simply runs out. */
  reached?: "transferred" | "voicemail";
  outcome?: CallOutcome;
};
