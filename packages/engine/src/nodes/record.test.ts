import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

describe("record", () => {
  it("plays the consent message and streams the call in stereo (there is no record verb), then goes on", () => {
    const ir = compileTestFlow(
      [
        sketchNode("start", "start", {}),
        sketchNode("rec", "record", { consentPrompt: say("Rozmowa jest nagrywana.") }),
        sketchNode("team", "ringGroup", { extensions: ["101"] }),
        sketchNode("bye", "hangup", {}),
      ],
      [["start", "next", "rec"], ["rec", "next", "team"], ["team", "noAnswer", "bye"]],
    );
    const call = new ScriptedCall(ir, { callSid: "abc" });
    const { verbs, effects } = call.start();
    expect(verbs.map((verb) => verb.verb)).toEqual(["say", "config", "dial"]);
    expect(verbs[1]).toEqual({
      verb: "config",
      listen: { enable: true, url: "wss://runtime.centrala.test/audio", mixType: "stereo", metadata: { kind: "recording", callSid: "abc", nodeId: "rec" } },
    });
    expect(effects).toContainEqual({ type: "recordingStarted", nodeId: "rec" });
  });
});
