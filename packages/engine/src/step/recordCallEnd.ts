import type { CallOutcome } from "../effects/effect";
import type { StepContext } from "./stepContext";

/** Records the end of the call (trace row and runtime effect); adds no verb. */
export function recordCallEnd(ctx: StepContext, outcome: CallOutcome): void {
  ctx.emitTrace({ name: "callEnded", outcome });
  ctx.emitEffect({ type: "callEnded", outcome, durationS: Math.max(0, Math.round((ctx.at - ctx.startedAt) / 1000)) });
}
