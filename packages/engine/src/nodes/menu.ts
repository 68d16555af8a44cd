import type { IrNodeOf } from "@centrala/flow";
import type { StepContext } from "../step/stepContext";
import { buildGatherVerb } from "../verbs/buildGatherVerb";
import { defineNodeHandler, type NodeOutcome } from "./nodeHandler";

type MenuLocal = { attempts: number };
type MenuNode = IrNodeOf<"menu">;

/** Offers keys; a listed key takes its exit, silence and wrong keys retry, then `noInput`/`invalid`. */
export const menu = defineNodeHandler<"menu", MenuLocal>({
  enter(node, nodeId, ctx) {
    return offerMenu(node, nodeId, ctx, 1);
  },
  resume(node, nodeId, local, event, ctx) {
    if (event.type === "noInput" && isGatherEvent(event.purpose)) return retryMenu(node, nodeId, ctx, local, "noInput");
    if (event.type !== "digits" || !isGatherEvent(event.purpose)) return { type: "ignore" };
    ctx.emitTrace({ name: "keyPressed", nodeId, digits: event.digits });
    const key = event.digits.charAt(0);
    const keys: readonly string[] = node.config.keys;
    if (event.digits.length === 1 && keys.includes(key)) return { type: "next", port: `key:${key}` };
    return retryMenu(node, nodeId, ctx, local, "invalid");
  },
});

function isGatherEvent(purpose: string | undefined): boolean {
  return purpose === undefined || purpose === "gather";
}

function offerMenu(node: MenuNode, nodeId: string, ctx: StepContext, attempts: number): NodeOutcome<MenuLocal> {
  const prompt = ctx.buildPrompt(node.config.prompt);
  ctx.pushVerb(buildGatherVerb(ctx.formatHook(nodeId, "gather"), node.config.timeoutSeconds, { numDigits: 1 }, prompt));
  return { type: "wait", local: { attempts } };
}

function retryMenu(node: MenuNode, nodeId: string, ctx: StepContext, local: MenuLocal, failure: "noInput" | "invalid"): NodeOutcome<MenuLocal> {
  if (local.attempts >= node.config.maxAttempts) return { type: "next", port: failure };
  ctx.playPrompt(failure === "noInput" ? node.config.noInputPrompt : node.config.invalidPrompt);
  return offerMenu(node, nodeId, ctx, local.attempts + 1);
}
