import { dialledExtensionVariable, longestExtensionDigits, type Prompt } from "@centrala/flow";
import type { NodeEvent } from "../events/engineEvent";
import type { NodeOutcome } from "../nodes/nodeHandler";
import type { StepContext } from "../step/stepContext";
import { buildDialVerb } from "../verbs/buildDialVerb";
import { buildExtensionTarget } from "../verbs/buildExtensionTarget";
import { buildVoicemailVerb } from "../verbs/buildVoicemailVerb";

/** While the dialled extension rings: its number, and its greeting when it takes voicemail. */
export type ExtensionVoicemail = { extension: string; voicemail: boolean; greeting?: Prompt };
type DialledLocal = { phase: "extension" } & ExtensionVoicemail | { phase: "voicemail" };

const extensionPattern = new RegExp(`^\\d{2,${longestExtensionDigits}}$`);
// The same limits as a new voicemail step's defaults.
const voicemailDefaults = { maxSeconds: 120, finishOnKey: "#", beep: true };

/** The number a menu left in `dialled_extension`, or null when there is none that could be an extension. */
export function readDialledExtension(ctx: StepContext): string | null {
  const value = ctx.readVariable(dialledExtensionVariable);
  return extensionPattern.test(value) ? value : null;
}

/**
 * Answers the runtime's lookup: an unknown extension fails; a known one rings its forwarding
 * number if it has one, else its phone, for `ringSeconds`.
 */
export function dialDialledExtension(ringSeconds: number, nodeId: string, extension: string, event: NodeEvent, ctx: StepContext): NodeOutcome<DialledLocal> {
  if (event.type !== "extensionLoaded" || event.extension !== extension) return { type: "ignore" };
  if (!event.found) return { type: "next", port: "failed" };
  const target = event.forwardTo ? { type: "phone" as const, number: event.forwardTo } : buildExtensionTarget(extension, ctx.env.sipRealm);
  ctx.pushVerb(buildDialVerb([target], ringSeconds, ctx.formatHook(nodeId, "dial")));
  const voicemail = event.voicemail === true;
  return { type: "wait", local: { phase: "extension", extension, voicemail, ...(voicemail && event.greeting ? { greeting: event.greeting } : {}) } };
}

/**
 * An answered call ends the flow; a busy, unanswered or failed one goes to the extension's
 * voicemail when it takes messages (greeting, beep, message), else takes `failed`.
 */
export function resumeExtensionDial(nodeId: string, local: DialledLocal, event: NodeEvent, ctx: StepContext): NodeOutcome<DialledLocal> {
  if (local.phase === "voicemail") {
    if (event.type !== "listenEnded") return { type: "ignore" };
    ctx.reached = "voicemail";
    return { type: "end" };
  }
  if (event.type !== "dialResult") return { type: "ignore" };
  if (event.status === "completed") {
    ctx.reached = "transferred";
    return { type: "end" };
  }
  if (!local.voicemail) return { type: "next", port: "failed" };
  if (local.greeting) ctx.playPrompt(local.greeting);
  else ctx.pushVerb(ctx.buildPhrase(ctx.phrases.leaveMessage));
  ctx.pushVerb(buildVoicemailVerb({ mailbox: local.extension, ...voicemailDefaults }, nodeId, ctx));
  ctx.emitEffect({ type: "voicemailStarted", nodeId, mailbox: local.extension });
  return { type: "wait", local: { phase: "voicemail" } };
}
