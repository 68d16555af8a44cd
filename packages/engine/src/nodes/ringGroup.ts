import type { IrNodeOf } from "@centrala/flow";
import { listRingAttempts } from "../ringGroup/listRingAttempts";
import type { StepContext } from "../step/stepContext";
import { buildDialVerb } from "../verbs/buildDialVerb";
import { buildExtensionTarget } from "../verbs/buildExtensionTarget";
import { defineNodeHandler, type NodeOutcome } from "./nodeHandler";

/** `attempt` counts dials over all rounds; `startedAt` (event time) bounds the whole hunt. */
type RingLocal = { attempt: number; startedAt: number };
type RingGroupNode = IrNodeOf<"ringGroup">;

/**
 * Rings extensions until one answers (`answered`) or every round has failed or the longest
 * wait has passed (`noAnswer`). jambonz has no hunt verb: each attempt is one dial whose
 * actionHook brings the result back here.
 */
export const ringGroup = defineNodeHandler<"ringGroup", RingLocal>({
  enter(node, nodeId, ctx) {
    return dialAttempt(node, nodeId, ctx, { attempt: 0, startedAt: ctx.at });
  },
  resume(node, nodeId, local, event, ctx) {
    if (event.type !== "dialResult") return { type: "ignore" };
    if (event.status === "completed") {
      ctx.reached = "transferred";
      return { type: "next", port: "answered" };
    }
    return dialAttempt(node, nodeId, ctx, { attempt: local.attempt + 1, startedAt: local.startedAt });
  },
});

function dialAttempt(node: RingGroupNode, nodeId: string, ctx: StepContext, local: RingLocal): NodeOutcome<RingLocal> {
  const attempts = listRingAttempts(node.config, ctx.call.callSid);
  const remainingS = node.config.maxWaitSeconds - (ctx.at - local.startedAt) / 1000;
  const round = Math.floor(local.attempt / attempts.length);
  const extensions = attempts[local.attempt % attempts.length];
  if (round >= node.config.maxRounds || remainingS < 1 || !extensions) return { type: "next", port: "noAnswer" };
  const target = extensions.map((extension) => buildExtensionTarget(extension, ctx.env.sipRealm));
  const timeout = Math.max(1, Math.min(node.config.ringSeconds, Math.floor(remainingS)));
  ctx.pushVerb(buildDialVerb(target, timeout, ctx.formatHook(nodeId, "dial")));
  return { type: "wait", local };
}
