import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { recording, say } from "../testing/testPrompts";

function buildQueueFlow(queueData: Partial<Parameters<typeof sketchNode<"queue">>[2]> = {}) {
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("sales", "queue", { queueId: "sales", announceEverySeconds: 60, maxWaitSeconds: 300, ...queueData }),
      sketchNode("thanks", "hangup", { prompt: say("Dziękujemy.") }),
      sketchNode("overflow", "voicemail", { mailbox: "sales" }),
      sketchNode("left", "hangup", { prompt: say("Do usłyszenia.") }),
    ],
    [["start", "next", "sales"], ["sales", "answered", "thanks"], ["sales", "overflow", "overflow"], ["sales", "left", "left"]],
  );
}

describe("queue", () => {
  it("enqueues with hooks back to the node and asks the runtime to ring agents", () => {
    const call = new ScriptedCall(buildQueueFlow());
    const { verbs, effects } = call.start();
    expect(verbs).toEqual([{ verb: "enqueue", name: "sales", waitHook: "/n/sales/wait", actionHook: "/n/sales/queue" }]);
    expect(effects).toContainEqual({ type: "queueJoined", nodeId: "sales", queue: "sales" });
  });

  it("announces the 1-based position first, then the hold message, and repeats the announcement on schedule", () => {
    const call = new ScriptedCall(buildQueueFlow({ holdPrompt: recording("hold-music") }));
    call.start();
    expect(call.queueWait(0, 2, 5).verbs).toEqual([
      { verb: "say", text: "Twoje miejsce w kolejce: 3.", synthesizer: { vendor: "default", language: "pl-PL" } },
      { verb: "play", url: "https://prompts.centrala.test/t1/hold-music", timeoutSecs: 60 },
    ]);
    expect(call.queueWait(30, 1).verbs).toEqual([{ verb: "play", url: "https://prompts.centrala.test/t1/hold-music", timeoutSecs: 30 }]);
    expect(call.queueWait(61, 0).verbs[0]).toMatchObject({ verb: "say", text: "Twoje miejsce w kolejce: 1." });
  });

  it("stops long hold music in time for the next announcement or the longest wait", () => {
    const quiet = new ScriptedCall(buildQueueFlow({ holdPrompt: recording("hold-music"), announcePosition: false, maxWaitSeconds: 90 }));
    quiet.start();
    expect(quiet.queueWait(0, 0).verbs).toEqual([{ verb: "play", url: "https://prompts.centrala.test/t1/hold-music", timeoutSecs: 90 }]);
    expect(quiet.queueWait(75.2, 0).verbs).toEqual([{ verb: "play", url: "https://prompts.centrala.test/t1/hold-music", timeoutSecs: 15 }]);
    expect(quiet.queueWait(90, 0).verbs).toEqual([{ verb: "leave" }]);
    const announcing = new ScriptedCall(buildQueueFlow({ holdPrompt: recording("hold-music"), announceEverySeconds: 45, maxWaitSeconds: 60 }));
    announcing.start();
    announcing.queueWait(0, 3);
    // Next announcement at 45 s, but the longest wait ends at 60 s: from 20 s the music stops at 45 s, from 50 s at 60 s.
    expect(announcing.queueWait(20, 2).verbs).toEqual([{ verb: "play", url: "https://prompts.centrala.test/t1/hold-music", timeoutSecs: 25 }]);
    expect(announcing.queueWait(50, 1).verbs.at(-1)).toEqual({ verb: "play", url: "https://prompts.centrala.test/t1/hold-music", timeoutSecs: 10 });
  });

  it("speaks the announcement in the hold prompt's language", () => {
    const call = new ScriptedCall(buildQueueFlow({ holdPrompt: say("Please hold.", "en-GB") }));
    call.start();
    expect(call.queueWait(0, 0).verbs).toEqual([
      { verb: "say", text: "You are caller number 1.", synthesizer: { vendor: "default", language: "en-GB" } },
      { verb: "say", text: "Please hold.", synthesizer: { vendor: "default", language: "en-GB" } },
    ]);
  });

  it("never answers a hold turn with nothing: without a hold message it pauses until the next announcement", () => {
    const call = new ScriptedCall(buildQueueFlow({ announcePosition: false }));
    call.start();
    expect(call.queueWait(0, 0).verbs).toEqual([{ verb: "pause", length: 10 }]);
    const announcing = new ScriptedCall(buildQueueFlow({ announceEverySeconds: 15 }));
    announcing.start();
    announcing.queueWait(0, 0);
    expect(announcing.queueWait(10, 0).verbs).toEqual([{ verb: "pause", length: 5 }]);
  });

  it("answers leave once the longest wait has passed, and the result takes overflow", () => {
    const call = new ScriptedCall(buildQueueFlow({ maxWaitSeconds: 120 }));
    call.start();
    call.queueWait(60, 0);
    expect(call.queueWait(120, 0).verbs).toEqual([{ verb: "leave" }]);
    const after = call.queueResult("leave");
    expect(call.path.at(-1)).toBe("overflow");
    expect(after.verbs.at(-1)).toMatchObject({ verb: "listen" });
  });

  it("takes answered after the agent conversation and counts the call as transferred", () => {
    const call = new ScriptedCall(buildQueueFlow());
    call.start();
    call.queueWait(0, 0);
    call.queueResult("bridged");
    expect(call.path.at(-1)).toBe("thanks");
    expect(call.outcome).toBe("transferred");
  });

  it("ends as abandoned when the queue reports hangup, still sending hangup in case the caller is there", () => {
    const call = new ScriptedCall(buildQueueFlow());
    call.start();
    expect(call.queueResult("hangup").verbs).toEqual([{ verb: "hangup" }]);
    expect(call.outcome).toBe("abandoned");
  });

  it("treats a queue error as overflow", () => {
    const call = new ScriptedCall(buildQueueFlow());
    call.start();
    call.queueResult("error");
    expect(call.path.at(-1)).toBe("overflow");
  });

  it("leaves through left when the caller presses the leave key (background collector answers with the left path)", () => {
    const call = new ScriptedCall(buildQueueFlow({ leaveKey: "0" }));
    expect(call.start().verbs).toEqual([
      { verb: "config", bargeIn: { enable: true, sticky: true, input: ["digits"], numDigits: 1, actionHook: "/n/sales/leavekey" } },
      { verb: "enqueue", name: "sales", waitHook: "/n/sales/wait", actionHook: "/n/sales/queue" },
    ]);
    call.queueWait(0, 3);
    expect(call.hook("leavekey", { digits: "5" }).verbs).toEqual([]);
    expect(call.nodeId).toBe("sales");
    expect(call.hook("leavekey", { digits: "0" }).verbs).toEqual([
      { verb: "config", bargeIn: { enable: false } },
      expect.objectContaining({ verb: "say", text: "Do usłyszenia." }),
      { verb: "hangup" },
    ]);
    expect(call.path.at(-1)).toBe("left");
    // The killed enqueue reports afterwards; the call has moved on, so it changes nothing.
    expect(call.hook("queue", { queue_result: "leave" }, { nodeId: "sales" }).verbs).toEqual([]);
  });

  it("ignores a late hold turn after the caller has left the queue", () => {
    const call = new ScriptedCall(buildQueueFlow({ maxWaitSeconds: 60 }));
    call.start();
    call.queueWait(60, 0);
    call.queueResult("leave");
    expect(call.hook("wait", { queue_time: 65, queue_position: 0, queue_size: 1 }, { nodeId: "sales" }).verbs).toEqual([]);
    expect(call.nodeId).toBe("overflow");
  });
});
