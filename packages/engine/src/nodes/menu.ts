import { dialledExtensionVariable, extensionInterDigitSeconds, longestExtensionDigits, type IrNodeOf } from "@centrala/flow";
import type { NodeEvent } from "../events/engineEvent";
import type { StepContext } from "../step/stepContext";
import { buildGatherVerb } from "../verbs/buildGatherVerb";
import { defineNodeHandler, type NodeOutcome } from "./nodeHandler";

/**
 * `attempts`: times offered; `noInput`/`invalid`: silences and wrong keys so far, counted apart;
 * `lookup`: the extension the caller typed while the runtime checks the tenant has it.
 */
type MenuLocal = { attempts: number; noInput?: number; invalid?: number; lookup?: string };
type MenuNode = IrNodeOf<"menu">;

const extensionPattern = new RegExp(`^\\d{2,${longestExtensionDigits}}$`);

/**
 * Offers keys; a listed key takes its exit. Silence and wrong keys retry, each counted on its own:
 * a wrong key after a silence does not end the menu early. `noInput` after `maxAttempts`
 * silences, `invalid` after `maxInvalidAttempts` (default `maxAttempts`) wrong keys.
 * With `dialExtension`, one key and a pause is a menu choice and two or more digits are an
 * extension: one the tenant has takes `extension` (in `dialled_extension`), any other is a wrong key.
 */
export const menu = defineNodeHandler<"menu", MenuLocal>({
  enter(node, nodeId, ctx) {
    return offerMenu(node, nodeId, ctx, { attempts: 1, noInput: 0, invalid: 0 });
  },
  resume(node, nodeId, local, event, ctx) {
    if (local.lookup !== undefined) return resumeLookup(node, nodeId, { ...local, lookup: local.lookup }, event, ctx);
    if (event.type === "noInput" && isGatherEvent(event.purpose)) return retryMenu(node, nodeId, ctx, local, "noInput");
    if (event.type !== "digits" || !isGatherEvent(event.purpose)) return { type: "ignore" };
    ctx.emitTrace({ name: "keyPressed", nodeId, digits: event.digits });
    const key = event.digits.charAt(0);
    const keys: readonly string[] = node.config.keys;
    if (event.digits.length === 1 && keys.includes(key)) return { type: "next", port: `key:${key}` };
    if (node.config.dialExtension && extensionPattern.test(event.digits)) {
      ctx.emitEffect({ type: "lookupExtension", nodeId, extension: event.digits });
      return { type: "wait", local: { ...local, lookup: event.digits } };
    }
    return retryMenu(node, nodeId, ctx, local, "invalid");
  },
});

function resumeLookup(node: MenuNode, nodeId: string, local: MenuLocal & { lookup: string }, event: NodeEvent, ctx: StepContext): NodeOutcome<MenuLocal> {
  if (event.type !== "extensionLoaded" || event.extension !== local.lookup) return { type: "ignore" };
  if (event.found) {
    ctx.setVariable(dialledExtensionVariable, local.lookup);
    return { type: "next", port: "extension" };
  }
  const { lookup: _lookup, ...rest } = local;
  return retryMenu(node, nodeId, ctx, rest, "invalid", ctx.phrases.noSuchExtension);
}

function isGatherEvent(purpose: string | undefined): boolean {
  return purpose === undefined || purpose === "gather";
}

function offerMenu(node: MenuNode, nodeId: string, ctx: StepContext, local: MenuLocal): NodeOutcome<MenuLocal> {
  const prompt = ctx.buildPrompt(node.config.prompt);
  const digits = node.config.dialExtension
    ? { maxDigits: longestExtensionDigits, interDigitTimeout: extensionInterDigitSeconds, ...(node.config.keys.includes("#") ? {} : { finishOnKey: "#" }) }
    : { numDigits: 1 };
  ctx.pushVerb(buildGatherVerb(ctx.formatHook(nodeId, "gather"), node.config.timeoutSeconds, digits, prompt));
  return { type: "wait", local };
}

/** `notice`: one of the engine's phrases, said (even before the exit) instead of the menu's own wrong-key message. */
function retryMenu(node: MenuNode, nodeId: string, ctx: StepContext, local: MenuLocal, failure: "noInput" | "invalid", notice?: string): NodeOutcome<MenuLocal> {
  // States stored before the counters were kept apart count every earlier attempt as this kind.
  const count = (local[failure] ?? local.attempts) + (local[failure] === undefined ? 0 : 1);
  const limit = failure === "invalid" ? node.config.maxInvalidAttempts ?? node.config.maxAttempts : node.config.maxAttempts;
  if (notice) ctx.pushVerb(ctx.buildPhrase(notice));
  if (count >= limit) return { type: "next", port: failure };
  if (!notice) ctx.playPrompt(failure === "noInput" ? node.config.noInputPrompt : node.config.invalidPrompt);
  return offerMenu(node, nodeId, ctx, { ...local, attempts: local.attempts + 1, [failure]: count });
}
