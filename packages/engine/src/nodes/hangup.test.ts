import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

describe("hangup", () => {
  it("says goodbye, hangs up and records a completed call", () => {
    const ir = compileTestFlow(
      [sketchNode("start", "start", {}), sketchNode("bye", "hangup", { prompt: say("Do widzenia.") })],
      [["start", "next", "bye"]],
    );
    const call = new ScriptedCall(ir, { at: 1_000_000 });
    const { verbs, effects } = call.start();
    expect(verbs).toEqual([expect.objectContaining({ verb: "say", text: "Do widzenia." }), { verb: "hangup" }]);
    expect(effects).toContainEqual({ type: "callEnded", outcome: "completed", durationS: 0 });
    expect(call.traces("callEnded")).toEqual([{ name: "callEnded", outcome: "completed" }]);
    expect(call.hangUp()).toMatchObject({ verbs: [], effects: [] });
  });
});
