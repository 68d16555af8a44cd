import { defineNodeHandler } from "./nodeHandler";

/** The incoming call: nothing to do but go on. */
export const start = defineNodeHandler<"start", Record<string, never>>({
  enter: () => ({ type: "next", port: "next" }),
});
