import { defineNodeHandler } from "./nodeHandler";

/**
 * Starts recording the rest of the call. jambonz has no record verb: a background `listen`
 * (config) streams both sides to the runtime's audio socket, which stores the recording.
 */
export const record = defineNodeHandler<"record", Record<string, never>>({
  enter(node, nodeId, ctx) {
    ctx.playPrompt(node.config.consentPrompt);
    ctx.pushVerb({
      verb: "config",
      listen: {
        enable: true,
        url: ctx.env.audioWsUrl,
        mixType: "stereo",
        metadata: { kind: "recording", callSid: ctx.call.callSid, nodeId },
      },
    });
    ctx.emitEffect({ type: "recordingStarted", nodeId });
    return { type: "next", port: "next" };
  },
});
