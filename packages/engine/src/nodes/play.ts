import { defineNodeHandler } from "./nodeHandler";

/** Plays a message (repeated with jambonz `loop`) and goes on without waiting for it to finish. */
export const play = defineNodeHandler<"play", Record<string, never>>({
  enter(node, _nodeId, ctx) {
    ctx.pushVerb(ctx.buildPrompt(node.config.prompt, node.config.repeat));
    return { type: "next", port: "next" };
  },
});
