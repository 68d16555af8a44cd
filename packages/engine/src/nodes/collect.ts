import { isSensitiveCollect, looksLikeCardNumber, maskSensitiveDigits, type IrNodeOf } from "@centrala/flow";
import { readDigitPattern } from "../conditions/readDigitPattern";
import type { StepContext } from "../step/stepContext";
import { buildGatherVerb } from "../verbs/buildGatherVerb";
import { defineNodeHandler, type NodeOutcome } from "./nodeHandler";

type CollectLocal = { attempts: number };
type CollectNode = IrNodeOf<"collect">;

/** Asks for digits, checks length and pattern, saves them in a variable; gives up via `failed`. */
export const collect = defineNodeHandler<"collect", CollectLocal>({
  enter(node, nodeId, ctx) {
    return askForDigits(node, nodeId, ctx, 1);
  },
  resume(node, nodeId, local, event, ctx) {
    if (event.type === "noInput" && isGatherEvent(event.purpose)) return retryCollect(node, nodeId, ctx, local, false);
    if (event.type !== "digits" || !isGatherEvent(event.purpose)) return { type: "ignore" };
    // A sensitive step's digits (and anything that is a card number) never reach the trace or the
    // stored state: the trace shows the mask, the value is kept as a secret in memory.
    const sensitive = isSensitiveCollect(node.config) || looksLikeCardNumber(event.digits);
    ctx.emitTrace({ name: "keyPressed", nodeId, digits: sensitive ? maskSensitiveDigits(event.digits) : event.digits });
    if (!isAcceptable(node, event.digits)) return retryCollect(node, nodeId, ctx, local, true);
    if (sensitive) ctx.setSecret(node.config.variable, event.digits, ctx.flowId === undefined ? { nodeId } : { nodeId, flowId: ctx.flowId });
    else ctx.setVariable(node.config.variable, event.digits);
    return { type: "next", port: "next" };
  },
});

function isGatherEvent(purpose: string | undefined): boolean {
  return purpose === undefined || purpose === "gather";
}

function isAcceptable(node: CollectNode, digits: string): boolean {
  const { minDigits, maxDigits, pattern } = node.config;
  if (digits.length < minDigits || digits.length > maxDigits) return false;
  if (pattern === undefined || pattern === "") return true;
  return readDigitPattern(pattern)?.test(digits) ?? false;
}

/**
 * jambonz is asked for at least one digit, not the step's minimum: on a time-out it drops input
 * shorter than `minDigits` (FS gather.js), and a caller who typed too few would hear the silence
 * message. The step checks the length itself and plays the invalid message.
 */
function askForDigits(node: CollectNode, nodeId: string, ctx: StepContext, attempts: number): NodeOutcome<CollectLocal> {
  const { maxDigits, finishOnKey, timeoutSeconds } = node.config;
  const digits = finishOnKey === undefined ? { minDigits: 1, maxDigits } : { minDigits: 1, maxDigits, finishOnKey };
  ctx.pushVerb(buildGatherVerb(ctx.formatHook(nodeId, "gather"), timeoutSeconds, digits, ctx.buildPrompt(node.config.prompt)));
  return { type: "wait", local: { attempts } };
}

function retryCollect(node: CollectNode, nodeId: string, ctx: StepContext, local: CollectLocal, invalid: boolean): NodeOutcome<CollectLocal> {
  if (local.attempts >= node.config.maxAttempts) return { type: "next", port: "failed" };
  if (invalid) ctx.playPrompt(node.config.invalidPrompt);
  return askForDigits(node, nodeId, ctx, local.attempts + 1);
}
