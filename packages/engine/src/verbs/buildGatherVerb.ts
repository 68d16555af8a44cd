import type { GatherVerb, PlayVerb, SayVerb } from "./verb";

type GatherDigits = Pick<GatherVerb, "numDigits" | "minDigits" | "maxDigits" | "interDigitTimeout" | "finishOnKey">;

/** Builds a digits-only gather with its prompt nested, so a key press interrupts the prompt. */
export function buildGatherVerb(actionHook: string, timeoutSeconds: number, digits: GatherDigits, prompt?: SayVerb | PlayVerb): GatherVerb {
  const gather: GatherVerb = { verb: "gather", input: ["digits"], actionHook, timeout: timeoutSeconds };
  if (digits.numDigits !== undefined) gather.numDigits = digits.numDigits;
  // jambonz has no default minDigits: without it partial input is dropped on timeout.
  gather.minDigits = digits.minDigits ?? 1;
  if (digits.maxDigits !== undefined) gather.maxDigits = digits.maxDigits;
  if (digits.interDigitTimeout !== undefined) gather.interDigitTimeout = digits.interDigitTimeout;
  if (digits.finishOnKey !== undefined) gather.finishOnKey = digits.finishOnKey;
  if (prompt) {
    const { verb: _verb, ...nested } = prompt;
    if (prompt.verb === "say") gather.say = nested as Omit<SayVerb, "verb">;
    else gather.play = nested as Omit<PlayVerb, "verb">;
  }
  return gather;
}
