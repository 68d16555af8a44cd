import type { EngineErrorReason } from "../effects/effect";
import { recordCallEnd } from "./recordCallEnd";
import type { StepContext } from "./stepContext";

/** Ends a broken call kindly: an apology, the tenant's fallback number if any, then hang up. */
export function failCall(ctx: StepContext, reason: EngineErrorReason, message: string, nodeId?: string): void {
  ctx.emitTrace(nodeId === undefined ? { name: "error", reason, message } : { name: "error", nodeId, reason, message });
  // A runaway loop has queued up to a hundred prompts; the caller should hear none of them.
  if (reason === "loopGuard") ctx.verbs.length = 0;
  ctx.pushVerb(ctx.buildPhrase(ctx.phrases.apology));
  if (ctx.env.fallbackNumber) {
    // No actionHook: when the fallback call ends jambonz simply moves on to the hangup below.
    ctx.pushVerb({ verb: "dial", target: [{ type: "phone", number: ctx.env.fallbackNumber }], timeout: 30, answerOnBridge: true });
  }
  ctx.pushVerb({ verb: "hangup" });
  recordCallEnd(ctx, "error");
}
