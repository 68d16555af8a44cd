import type { IrNodeOf } from "@centrala/flow";
import type { NodeEvent } from "../events/engineEvent";
import { answerQueueWait } from "../queue/answerQueueWait";
import { defaultHoldSettings, initialHoldLocal, type HoldLocal } from "../queue/holdSettings";
import { joinQueue } from "../queue/joinQueue";
import { readHoldMusic } from "../queue/readHoldMusic";
import type { StepContext } from "../step/stepContext";
import { buildDialVerb } from "../verbs/buildDialVerb";
import { buildExtensionTarget } from "../verbs/buildExtensionTarget";
import { defineNodeHandler, type NodeOutcome } from "./nodeHandler";
import { dialDialledExtension, readDialledExtension, resumeExtensionDial, type ExtensionVoicemail } from "../extension/dialDialledExtension";

type TransferLocal =
  | { phase: "dial" }
  | ({ phase: "lookup" } & { extension: string })
  | ({ phase: "extension" } & ExtensionVoicemail)
  | { phase: "voicemail" }
  | ({ phase: "queue" } & HoldLocal)
  | { phase: "flow"; flowId: string };
type TransferNode = IrNodeOf<"transfer">;

/**
 * Hands the call over: to an extension or outside number (dial), a queue (enqueue with the queue
 * node's default hold behaviour), another flow, or the extension the caller dialled in a menu (its
 * forwarding and voicemail apply). A completed hand-over ends the flow; anything else takes `failed`.
 */
export const transfer = defineNodeHandler<"transfer", TransferLocal>({
  enter(node, nodeId, ctx) {
    ctx.playPrompt(node.config.announce);
    const target = node.config.target;
    if (target.type === "flow") {
      ctx.emitEffect({ type: "gotoFlow", nodeId, flowId: target.flowId });
      return { type: "wait", local: { phase: "flow", flowId: target.flowId } };
    }
    if (target.type === "queue") {
      joinQueue(ctx, nodeId, target.queue, defaultHoldSettings.maxWaitSeconds);
      return { type: "wait", local: { phase: "queue", ...initialHoldLocal } };
    }
    if (target.type === "dialledExtension") {
      const extension = readDialledExtension(ctx);
      if (!extension) return { type: "next", port: "failed" };
      ctx.emitEffect({ type: "lookupExtension", nodeId, extension });
      return { type: "wait", local: { phase: "lookup", extension } };
    }
    const dialTarget = target.type === "extension"
      ? buildExtensionTarget(target.extension, ctx.env.sipRealm)
      : { type: "phone" as const, number: target.number };
    ctx.pushVerb(buildDialVerb([dialTarget], node.config.ringSeconds, ctx.formatHook(nodeId, "dial")));
    return { type: "wait", local: { phase: "dial" } };
  },
  resume(node, nodeId, local, event, ctx) {
    if (local.phase === "dial") return resumeDial(event, ctx);
    if (local.phase === "lookup") return dialDialledExtension(node.config.ringSeconds, nodeId, local.extension, event, ctx);
    if (local.phase === "extension" || local.phase === "voicemail") return resumeExtensionDial(nodeId, local, event, ctx);
    if (local.phase === "queue") return resumeQueue(node, local, event, ctx);
    return resumeFlow(local.flowId, event);
  },
  // Hanging up is how most callers finish a message.
  readHangupOutcome: (local) => (local.phase === "voicemail" ? "voicemail" : undefined),
});

function resumeDial(event: NodeEvent, ctx: StepContext): NodeOutcome<TransferLocal> {
  if (event.type !== "dialResult") return { type: "ignore" };
  if (event.status !== "completed") return { type: "next", port: "failed" };
  ctx.reached = "transferred";
  return { type: "end" };
}

function resumeQueue(_node: TransferNode, local: HoldLocal, event: NodeEvent, ctx: StepContext): NodeOutcome<TransferLocal> {
  if (event.type === "holdMusic") return { type: "wait", local: { phase: "queue", ...readHoldMusic(local, event) } };
  if (event.type === "queueWait") {
    const answer = answerQueueWait(defaultHoldSettings, local, event, ctx);
    for (const verb of answer.verbs) ctx.pushVerb(verb);
    return { type: "wait", local: { phase: "queue", ...answer.local } };
  }
  if (event.type !== "queueResult") return { type: "ignore" };
  // `hangup` is also jambonz's initial result; the hangup verb keeps a caller still there from silence.
  if (event.result === "hangup") return { type: "end", outcome: "abandoned" };
  if (event.result !== "bridged") return { type: "next", port: "failed" };
  ctx.reached = "transferred";
  return { type: "end" };
}

function resumeFlow(flowId: string, event: NodeEvent): NodeOutcome<TransferLocal> {
  if (event.type !== "flowLoaded" || event.flowId !== flowId) return { type: "ignore" };
  if (!event.ir) return { type: "next", port: "failed" };
  return { type: "switchFlow", flowId, ir: event.ir };
}
