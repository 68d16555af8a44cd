import type { Prompt } from "@centrala/flow";
import type { Effect, TraceRecord } from "../effects/effect";
import type { CallState } from "../state/callState";
import type { CallEnv, CallInfo } from "../state/callEnv";
import type { PlayVerb, SayVerb, Verb } from "../verbs/verb";
import { buildPromptVerb } from "../verbs/buildPromptVerb";
import { buildSayVerb } from "../verbs/buildSayVerb";
import { renderTemplate } from "../template/renderTemplate";
import { readBuiltInVariable } from "../variables/readBuiltInVariable";
import { readPhraseBook, type PhraseBook } from "../phrases/readPhraseBook";
import { formatHook, type HookPurpose } from "../hooks/formatHook";

// Keeps state small whatever a web service answers or a caller types.
const maxVariableLength = 500;

/** One step's scratch pad: the time, what has been said so far, and the call's variables. */
export class StepContext {
  readonly verbs: Verb[] = [];
  readonly effects: Effect[] = [];
  readonly at: number;
  readonly env: CallEnv;
  readonly call: CallInfo;
  readonly startedAt: number;
  readonly phrases: PhraseBook;
  vars: Record<string, string>;
  seq: number;
  reached: CallState["reached"];
  private varsOwned = false;
  private readonly readVariableBound = (name: string) => this.readVariable(name);

  constructor(state: CallState, at: number) {
    this.at = at;
    this.env = state.env;
    this.call = state.call;
    this.startedAt = state.startedAt;
    this.vars = state.vars;
    this.seq = state.seq;
    this.reached = state.reached;
    this.phrases = readPhraseBook(state.env.language);
  }

  /** Reads a flow variable or a built-in one; unset variables read as empty text. */
  readVariable(name: string): string {
    return this.vars[name] ?? readBuiltInVariable(name, this) ?? "";
  }

  /** Sets a flow variable; state is copied on the first write so the input state stays untouched. */
  setVariable(name: string, value: string): void {
    if (!this.varsOwned) {
      this.vars = { ...this.vars };
      this.varsOwned = true;
    }
    this.vars[name] = value.length > maxVariableLength ? value.slice(0, maxVariableLength) : value;
  }

  /** Fills a template's `{{var}}` placeholders. */
  renderText(template: string, encode = false): string {
    return renderTemplate(template, this.readVariableBound, encode);
  }

  /** Turns a flow prompt into the verb that plays it (placeholders filled). */
  buildPrompt(prompt: Prompt, loop?: number): SayVerb | PlayVerb {
    return buildPromptVerb(prompt, this, loop);
  }

  /** Queues a prompt for the caller; does nothing without one. */
  playPrompt(prompt: Prompt | undefined): void {
    if (prompt) this.verbs.push(this.buildPrompt(prompt));
  }

  /** Builds a `say` of one of the engine's own phrases, in the tenant's language. */
  buildPhrase(text: string): SayVerb {
    return buildSayVerb(text, this.env.language, undefined, this.env.ttsVendor);
  }

  pushVerb(verb: Verb): void {
    this.verbs.push(verb);
  }

  emitEffect(effect: Effect): void {
    this.effects.push(effect);
  }

  emitTrace(record: TraceRecord): void {
    this.effects.push({ type: "trace", at: this.at, record });
  }

  /** The hook a node's verb reports back on. */
  formatHook(nodeId: string, purpose: HookPurpose): string {
    return formatHook(nodeId, purpose);
  }

  /** Hands out a number unique within the call, e.g. for request ids. */
  takeSequenceNumber(): number {
    this.seq += 1;
    return this.seq;
  }
}
