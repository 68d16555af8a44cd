import { isBuiltInVariable } from "@centrala/flow";
import { defineNodeHandler } from "./nodeHandler";

/** Sets call variables from templates, in order (a later one may read an earlier one). */
export const setVariable = defineNodeHandler<"setVariable", Record<string, never>>({
  enter(node, _nodeId, ctx) {
    for (const assignment of node.config.assignments) {
      // Built-ins are read-only; validation says so in the editor, the engine just skips them.
      if (isBuiltInVariable(assignment.variable)) continue;
      ctx.setVariable(assignment.variable, ctx.renderText(assignment.value));
    }
    return { type: "next", port: "next" };
  },
});
