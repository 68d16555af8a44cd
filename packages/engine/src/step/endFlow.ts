import type { CallOutcome } from "../effects/effect";
import { recordCallEnd } from "./recordCallEnd";
import type { StepContext } from "./stepContext";

/** Ends the flow on purpose: jambonz does not hang up on an empty stack, so the engine does. */
export function endFlow(ctx: StepContext, outcome: CallOutcome = ctx.reached ?? "completed"): CallOutcome {
  ctx.pushVerb({ verb: "hangup" });
  recordCallEnd(ctx, outcome);
  return outcome;
}
