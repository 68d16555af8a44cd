import { defineNodeHandler } from "./nodeHandler";

type GotoLocal = { flowId: string };

/** Asks the runtime for another published flow and continues at its start once it arrives. */
export const gotoFlow = defineNodeHandler<"gotoFlow", GotoLocal>({
  enter(node, nodeId, ctx) {
    ctx.emitEffect({ type: "gotoFlow", nodeId, flowId: node.config.flowId });
    return { type: "wait", local: { flowId: node.config.flowId } };
  },
  resume(_node, _nodeId, local, event) {
    if (event.type !== "flowLoaded" || event.flowId !== local.flowId) return { type: "ignore" };
    if (!event.ir) return { type: "fail", reason: "flowNotLoaded", message: `Flow ${local.flowId} could not be loaded` };
    return { type: "switchFlow", flowId: local.flowId, ir: event.ir };
  },
});
