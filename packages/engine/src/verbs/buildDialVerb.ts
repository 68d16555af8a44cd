import type { DialTarget, DialVerb } from "./verb";

/** Builds a dial that keeps the caller hearing ringback until someone answers. */
export function buildDialVerb(target: DialTarget[], timeoutSeconds: number, actionHook: string): DialVerb {
  return { verb: "dial", target, timeout: timeoutSeconds, answerOnBridge: true, actionHook };
}
