import type { Prompt } from "@centrala/flow";
import type { Effect, TraceRecord } from "../effects/effect";
import { maskSensitiveDigits } from "@centrala/flow";
import type { CallState, SecretOrigin } from "../state/callState";
import { SecretLostError } from "./secretLost";
import type { CallEnv, CallInfo } from "../state/callEnv";
import type { PlayVerb, SayVerb, Verb } from "../verbs/verb";
import { buildPromptVerb } from "../verbs/buildPromptVerb";
import { buildSayVerb } from "../verbs/buildSayVerb";
import { renderTemplate } from "../template/renderTemplate";
import { readBuiltInVariable } from "../variables/readBuiltInVariable";
import { readPhraseBook, type PhraseBook } from "../phrases/readPhraseBook";
import { formatHook, type HookPurpose } from "../hooks/formatHook";

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
  secrets: Record<string, string> | undefined;
  secretFrom: Record<string, SecretOrigin> | undefined;
  /** The flow the call was in when the step began (a collect step records it with a secret). */
  readonly flowId: string | undefined;
  seq: number;
  reached: CallState["reached"];
  private varsOwned = false;
  private secretsOwned = false;
  private readonly readVariableBound = (name: string) => this.readVariable(name);
  private readonly readSecretVariableBound = (name: string) => this.readSecretVariable(name);

  constructor(state: CallState, at: number) {
    this.at = at;
    this.env = state.env;
    this.call = state.call;
    this.startedAt = state.startedAt;
    this.vars = state.vars;
    this.secrets = state.secrets;
    this.secretFrom = state.secretFrom;
    this.flowId = state.flowId;
    this.seq = state.seq;
    this.reached = state.reached;
    this.phrases = readPhraseBook(state.env.language);
  }

  /**
   * Reads a flow variable or a built-in one; unset variables read as empty text. A sensitive
   * variable reads masked (`••••1111`): prompts, other variables and the call log never see it.
   */
  readVariable(name: string): string {
    const value = this.vars[name];
    if (value !== undefined) return value;
    if (this.secretFrom?.[name]) return maskSensitiveDigits(this.secrets?.[name] ?? "");
    return readBuiltInVariable(name, this) ?? "";
  }

  /**
   * Reads a variable including the real value of a sensitive one: only for the steps allowed to use
   * it (a condition, a request to an https address). Throws SecretLostError when the call no
   * longer holds the value; the engine then asks the caller for it again.
   */
  readSecretVariable(name: string): string {
    const origin = this.secretFrom?.[name];
    if (!origin) return this.readVariable(name);
    const value = this.secrets?.[name];
    if (value === undefined) throw new SecretLostError(name, origin);
    return value;
  }

  /** Sets a flow variable; state is copied on the first write so the input state stays untouched. */
  setVariable(name: string, value: string): void {
    if (!this.varsOwned) {
      this.vars = { ...this.vars };
      this.varsOwned = true;
    }
    this.vars[name] = cap(value);
    if (this.secretFrom?.[name]) this.forgetSecret(name);
  }

  /** Keeps what the caller typed into a sensitive step, in memory only (see CallState.secrets). */
  setSecret(name: string, value: string, origin: SecretOrigin): void {
    this.ownSecrets();
    this.secrets![name] = cap(value);
    this.secretFrom![name] = origin;
    if (this.vars[name] !== undefined) {
      if (!this.varsOwned) {
        this.vars = { ...this.vars };
        this.varsOwned = true;
      }
      delete this.vars[name];
    }
  }

  private forgetSecret(name: string): void {
    this.ownSecrets();
    delete this.secrets![name];
    delete this.secretFrom![name];
  }

  private ownSecrets(): void {
    if (this.secretsOwned) return;
    this.secrets = { ...this.secrets };
    this.secretFrom = { ...this.secretFrom };
    this.secretsOwned = true;
  }

  /** Fills a template's `{{var}}` placeholders (with sensitive values in clear only when `secret`). */
  renderText(template: string, encode = false, secret = false): string {
    return renderTemplate(template, secret ? this.readSecretVariableBound : this.readVariableBound, encode);
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

// Keeps state small whatever a web service answers or a caller types.
function cap(value: string): string {
  return value.length > maxVariableLength ? value.slice(0, maxVariableLength) : value;
}
