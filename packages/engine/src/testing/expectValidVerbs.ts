import verbSpecifications from "@jambonz/verb-specifications";
import { parseHook } from "../hooks/parseHook";
import type { Verb } from "../verbs/verb";

const silentLogger = { info: () => undefined, debug: () => undefined, error: () => undefined };
const waitAnswerVerbs = new Set(["play", "say", "pause", "leave", "tag"]);
const hookFields = ["actionHook", "waitHook"] as const;

/**
 * Fails unless jambonz would accept the verbs: the feature server's own validator
 * (@jambonz/verb-specifications 0.1.13) plus the quirks it does not check — hooks the engine
 * can map back, gather minDigits, at most 10 dial targets.
 */
export function expectValidVerbs(verbs: readonly Verb[]): void {
  if (verbs.length === 0) return;
  verbSpecifications.validate(silentLogger, [...verbs]);
  for (const verb of verbs) {
    for (const field of hookFields) {
      const hook = (verb as Record<string, unknown>)[field];
      if (hook !== undefined && (typeof hook !== "string" || !parseHook(hook))) {
        throw new Error(`${verb.verb}.${field} ${String(hook)} is not an engine hook`);
      }
    }
    if (verb.verb === "gather" && verb.minDigits === undefined) throw new Error("gather without minDigits drops partial input");
    if (verb.verb === "dial" && (verb.target.length === 0 || verb.target.length > 10)) {
      throw new Error(`dial with ${verb.target.length} targets (jambonz rings 1 to 10)`);
    }
  }
}

/** Fails unless the verbs are a valid answer to an enqueue/conference waitHook (non-empty, hold verbs only). */
export function expectValidWaitAnswer(verbs: readonly Verb[]): void {
  if (verbs.length === 0) throw new Error("an empty waitHook answer stops the jambonz hold loop");
  expectValidVerbs(verbs);
  const wrong = verbs.find((verb) => !waitAnswerVerbs.has(verb.verb));
  if (wrong) throw new Error(`${wrong.verb} is not allowed in a waitHook answer`);
}
