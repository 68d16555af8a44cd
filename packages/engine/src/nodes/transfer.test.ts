import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

type Target = Parameters<typeof sketchNode<"transfer">>[2]["target"];

function buildTransferFlow(target: Target) {
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("handover", "transfer", { target, announce: say("Łączę."), ringSeconds: 25 }),
      sketchNode("failed", "voicemail", { mailbox: "reception" }),
    ],
    [["start", "next", "handover"], ["handover", "failed", "failed"]],
  );
}

const otherFlow = compileTestFlow(
  [sketchNode("start", "start", {}), sketchNode("hello", "play", { prompt: say("Inny scenariusz.") })],
  [["start", "next", "hello"]],
);

describe("transfer", () => {
  it("announces, then dials the extension as a user in the tenant's realm; a completed call ends the flow", () => {
    const call = new ScriptedCall(buildTransferFlow({ type: "extension", extension: "105" }));
    expect(call.start().verbs).toEqual([
      expect.objectContaining({ verb: "say", text: "Łączę." }),
      { verb: "dial", target: [{ type: "user", name: "105@acme.sip.centrala.test" }], timeout: 25, answerOnBridge: true, actionHook: "/n/handover/dial" },
    ]);
    expect(call.dialResult("completed").verbs).toEqual([{ verb: "hangup" }]);
    expect(call.outcome).toBe("transferred");
  });

  it("dials an outside number as a phone target and takes failed when nobody answers", () => {
    const call = new ScriptedCall(buildTransferFlow({ type: "external", number: "+48221112233" }));
    expect(call.start().verbs[1]).toMatchObject({ target: [{ type: "phone", number: "+48221112233" }] });
    call.dialResult("no-answer");
    expect(call.path.at(-1)).toBe("failed");
  });

  it("puts the caller in a queue with position announcements, and takes failed when the wait runs out", () => {
    const call = new ScriptedCall(buildTransferFlow({ type: "queue", queueId: "support" }));
    const { verbs, effects } = call.start();
    expect(verbs[1]).toEqual({ verb: "enqueue", name: "support", waitHook: "/n/handover/wait", actionHook: "/n/handover/queue" });
    expect(effects).toContainEqual({ type: "queueJoined", nodeId: "handover", queue: "support", maxWaitSeconds: 300 });
    expect(call.queueWait(0, 1).verbs[0]).toMatchObject({ text: "Twoje miejsce w kolejce: 2." });
    expect(call.queueWait(300, 0).verbs).toEqual([{ verb: "leave" }]);
    call.queueResult("leave");
    expect(call.path.at(-1)).toBe("failed");
  });

  it("hands the call to another flow through the runtime", () => {
    const call = new ScriptedCall(buildTransferFlow({ type: "flow", flowId: "flow-b" }));
    expect(call.start().effects).toContainEqual({ type: "gotoFlow", nodeId: "handover", flowId: "flow-b" });
    const loaded = call.send({ type: "flowLoaded", flowId: "flow-b", ir: otherFlow });
    call.ir = otherFlow;
    expect(loaded.verbs).toEqual([expect.objectContaining({ text: "Inny scenariusz." }), { verb: "hangup" }]);
    expect(call.state.flowId).toBe("flow-b");
  });

  it("takes failed when the other flow cannot be loaded", () => {
    const call = new ScriptedCall(buildTransferFlow({ type: "flow", flowId: "gone" }));
    call.start();
    call.send({ type: "flowLoaded", flowId: "gone", error: "notFound" });
    expect(call.path.at(-1)).toBe("failed");
  });
});
