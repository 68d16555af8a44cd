import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

const voicemailFlow = compileTestFlow(
  [
    sketchNode("start", "start", {}),
    sketchNode("vm", "voicemail", { mailbox: "reception", greeting: say("Zostaw wiadomość."), beep: true, maxSeconds: 90, finishOnKey: "#" }),
    sketchNode("thanks", "play", { prompt: say("Dziękujemy.") }),
  ],
  [["start", "next", "vm"], ["vm", "next", "thanks"]],
);

describe("voicemail", () => {
  it("greets, then listens in mono with the mailbox in the metadata", () => {
    const call = new ScriptedCall(voicemailFlow, { callSid: "c-9", from: "+48601" });
    const { verbs, effects } = call.start();
    expect(verbs).toEqual([
      expect.objectContaining({ verb: "say", text: "Zostaw wiadomość." }),
      {
        verb: "listen", url: "wss://runtime.centrala.test/audio", maxLength: 90, finishOnKey: "#", playBeep: true, mixType: "mono",
        metadata: { kind: "voicemail", mailbox: "reception", callSid: "c-9", caller: "+48601", nodeId: "vm" },
        actionHook: "/n/vm/listen",
      },
    ]);
    expect(effects).toContainEqual({ type: "voicemailStarted", nodeId: "vm", mailbox: "reception" });
  });

  it("goes on after the finish key and the call counts as voicemail", () => {
    const call = new ScriptedCall(voicemailFlow);
    call.start();
    expect(call.hook("listen", { digits: "#", dial_call_duration: 12 }).verbs).toEqual([expect.objectContaining({ text: "Dziękujemy." }), { verb: "hangup" }]);
    expect(call.outcome).toBe("voicemail");
  });

  it("counts a caller hanging up during the message as voicemail, not abandoned", () => {
    const call = new ScriptedCall(voicemailFlow);
    call.start();
    call.hangUp();
    expect(call.outcome).toBe("voicemail");
  });
});
