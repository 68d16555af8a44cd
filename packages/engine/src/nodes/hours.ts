import { evaluateHours } from "../hours/evaluateHours";
import { readZonedClock } from "../time/readZonedClock";
import { defineNodeHandler } from "./nodeHandler";

/** Branches on the tenant's (or the node's) local time at the moment of the event. */
export const hours = defineNodeHandler<"hours", Record<string, never>>({
  enter(node, _nodeId, ctx) {
    const clock = readZonedClock(ctx.at, node.config.timezone ?? ctx.env.timezone);
    return { type: "next", port: evaluateHours(node.config, clock) };
  },
});
