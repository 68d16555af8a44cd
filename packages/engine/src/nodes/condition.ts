import { evaluateRule } from "../conditions/evaluateRule";
import { defineNodeHandler } from "./nodeHandler";

/** Takes the exit of the first rule that holds, otherwise `else`. */
export const condition = defineNodeHandler<"condition", Record<string, never>>({
  enter(node, _nodeId, ctx) {
    // Conditions may compare sensitive values (a PIN against a stored one); the branch taken is all that shows.
    const read = (name: string) => ctx.readSecretVariable(name);
    const rule = node.config.rules.find((candidate) => evaluateRule(candidate, read));
    return { type: "next", port: rule ? `rule:${rule.id}` : "else" };
  },
});
