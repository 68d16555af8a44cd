import { buildVoicemailVerb } from "../verbs/buildVoicemailVerb";
import { defineNodeHandler } from "./nodeHandler";

/** Greeting, beep, then the caller's message streamed with `listen` to the runtime's audio socket. */
export const voicemail = defineNodeHandler<"voicemail", { listening: true }>({
  enter(node, nodeId, ctx) {
    const { mailbox, greeting, maxSeconds, finishOnKey, beep } = node.config;
    ctx.playPrompt(greeting);
    ctx.pushVerb(buildVoicemailVerb({ mailbox, maxSeconds, finishOnKey, beep }, nodeId, ctx));
    ctx.emitEffect({ type: "voicemailStarted", nodeId, mailbox });
    return { type: "wait", local: { listening: true } };
  },
  resume(_node, _nodeId, _local, event, ctx) {
    if (event.type !== "listenEnded") return { type: "ignore" };
    ctx.reached = "voicemail";
    return { type: "next", port: "next" };
  },
  // Hanging up is how most callers finish a message.
  readHangupOutcome: () => "voicemail",
});
