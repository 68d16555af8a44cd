import { defineNodeHandler } from "./nodeHandler";

/** Says goodbye (optionally) and ends the call. */
export const hangup = defineNodeHandler<"hangup", Record<string, never>>({
  enter(node, _nodeId, ctx) {
    ctx.playPrompt(node.config.prompt);
    return { type: "end" };
  },
});
