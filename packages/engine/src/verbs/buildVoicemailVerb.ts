import type { StepContext } from "../step/stepContext";
import type { ListenVerb } from "./verb";

export type VoicemailRecording = { mailbox: string; maxSeconds: number; finishOnKey: string; beep: boolean };

/** The `listen` that streams a caller's message for `mailbox` to the runtime's audio socket. */
export function buildVoicemailVerb(recording: VoicemailRecording, nodeId: string, ctx: StepContext): ListenVerb {
  return {
    verb: "listen",
    url: ctx.env.audioWsUrl,
    maxLength: recording.maxSeconds,
    finishOnKey: recording.finishOnKey,
    playBeep: recording.beep,
    mixType: "mono",
    metadata: { kind: "voicemail", mailbox: recording.mailbox, callSid: ctx.call.callSid, caller: ctx.call.from, nodeId },
    actionHook: ctx.formatHook(nodeId, "listen"),
  };
}
