import type { IrNodeOf } from "@centrala/flow";
import type { StepContext } from "../step/stepContext";
import { buildGatherVerb } from "../verbs/buildGatherVerb";
import { defineNodeHandler, type NodeOutcome } from "./nodeHandler";

/** `attempts`: times offered; `noInput`/`invalid`: silences and wrong keys so far, counted apart. */
type MenuLocal = { attempts: number; noInput?: number; invalid?: number };
type MenuNode = IrNodeOf<"menu">;

/**
 * Offers keys; a listed key takes its exit. Silence and wrong keys retry, each counted on its own:
 * a wrong key after a silence does not end the menu early. `noInput` after `maxAttempts`
 * silences, `invalid` after `maxInvalidAttempts` (default `maxAttempts`) wrong keys.
 */
export const menu = defineNodeHandler<"menu", MenuLocal>({
  enter(node, nodeId, ctx) {
    return offerMenu(node, nodeId, ctx, { attempts: 1, noInput: 0, invalid: 0 });
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

function offerMenu(node: MenuNode, nodeId: string, ctx: StepContext, local: MenuLocal): NodeOutcome<MenuLocal> {
  const prompt = ctx.buildPrompt(node.config.prompt);
  ctx.pushVerb(buildGatherVerb(ctx.formatHook(nodeId, "gather"), node.config.timeoutSeconds, { numDigits: 1 }, prompt));
  return { type: "wait", local };
}

function retryMenu(node: MenuNode, nodeId: string, ctx: StepContext, local: MenuLocal, failure: "noInput" | "invalid"): NodeOutcome<MenuLocal> {
  // States stored before the counters were kept apart count every earlier attempt as this kind.
  const count = (local[failure] ?? local.attempts) + (local[failure] === undefined ? 0 : 1);
  const limit = failure === "invalid" ? node.config.maxInvalidAttempts ?? node.config.maxAttempts : node.config.maxAttempts;
  if (count >= limit) return { type: "next", port: failure };
  ctx.playPrompt(failure === "noInput" ? node.config.noInputPrompt : node.config.invalidPrompt);
  return offerMenu(node, nodeId, ctx, { ...local, attempts: local.attempts + 1, [failure]: count });
}
