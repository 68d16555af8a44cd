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
    expect(effects).toContainEqual({ type: "queueJoined", nodeId: "sales", queue: "sales", maxWaitSeconds: 300 });
  });

  it("announces the 1-based position first, then the hold message, and repeats the announcement on schedule", () => {
    const call = new ScriptedCall(buildQueueFlow({ holdPrompt: say("Prosimy o cierpliwość.") }));
    call.start();
    expect(call.queueWait(0, 2, 5).verbs).toEqual([
      { verb: "say", text: "Twoje miejsce w kolejce: 3.", synthesizer: { vendor: "default", language: "pl-PL" } },
      { verb: "say", text: "Prosimy o cierpliwość.", synthesizer: { vendor: "default", language: "pl-PL" } },
      { verb: "pause", length: 10 },
    ]);
    expect(call.queueWait(30, 1).verbs).toEqual([{ verb: "pause", length: 10 }]);
    expect(call.queueWait(61, 0).verbs.slice(0, 2)).toEqual([
      { verb: "say", text: "Twoje połączenie jest następne w kolejce.", synthesizer: { vendor: "default", language: "pl-PL" } },
      { verb: "say", text: "Dziękujemy za cierpliwość. Pierwsza wolna osoba zaraz odbierze.", synthesizer: { vendor: "default", language: "pl-PL" } },
    ]);
  });

  it("never says the same sentence at every announcement", () => {
    const call = new ScriptedCall(buildQueueFlow({ holdPrompt: say("Prosimy o cierpliwość."), announceEverySeconds: 30, maxWaitSeconds: 600 }));
    call.start();
    const spoken = [0, 30, 60, 90, 120, 150, 180].map((t) => call.queueWait(t, 3).verbs.filter((v) => v.verb === "say").map((v) => (v as { text: string }).text).join(" "));
    expect(spoken).toEqual([
      "Twoje miejsce w kolejce: 4. Prosimy o cierpliwość.",
      "Przed Tobą w kolejce: 3 osoby. Dziękujemy za cierpliwość. Pierwsza wolna osoba zaraz odbierze.",
      "Twoje miejsce w kolejce: 4. Czekasz już 1 minutę. Dziękujemy, że jesteś z nami.",
      "Przed Tobą w kolejce: 3 osoby. Prosimy o cierpliwość.",
      "Twoje miejsce w kolejce: 4. Dziękujemy za cierpliwość. Pierwsza wolna osoba zaraz odbierze.",
      "Przed Tobą w kolejce: 3 osoby. Czekasz już 2 minuty. Dziękujemy, że jesteś z nami.",
      "Twoje miejsce w kolejce: 4. Prosimy o cierpliwość.",
    ]);
    for (let i = 1; i < spoken.length; i++) expect(spoken[i]).not.toBe(spoken[i - 1]);
  });

  it("without position announcements still thanks the caller, varying the words", () => {
    const call = new ScriptedCall(buildQueueFlow({ announcePosition: false, announceEverySeconds: 60 }));
    call.start();
    expect(call.queueWait(0, 0).verbs).toEqual([
      { verb: "say", text: "Dziękujemy za cierpliwość. Pierwsza wolna osoba zaraz odbierze.", synthesizer: { vendor: "default", language: "pl-PL" } },
      { verb: "pause", length: 10 },
    ]);
    expect(call.queueWait(60, 0).verbs[0]).toMatchObject({ text: "Czekasz już 1 minutę. Dziękujemy, że jesteś z nami." });
    expect(call.queueWait(120, 0).verbs[0]).toMatchObject({ text: "Dziękujemy za cierpliwość. Pierwsza wolna osoba zaraz odbierze." });
    expect(call.queueWait(180, 0).verbs[0]).toMatchObject({ text: "Czekasz już 3 minuty. Dziękujemy, że jesteś z nami." });
  });

  it("asks the runtime for the music on hold, naming a recorded hold prompt", () => {
    const call = new ScriptedCall(buildQueueFlow({ holdPrompt: recording("hold-music") }));
    expect(call.start().effects).toContainEqual({ type: "queueJoined", nodeId: "sales", queue: "sales", maxWaitSeconds: 300, holdPromptId: "hold-music" });
  });

  it("continues the music where the last turn stopped (seekOffset in samples), across tracks of a playlist", () => {
    const call = new ScriptedCall(buildQueueFlow({ announcePosition: false, announceEverySeconds: 20, maxWaitSeconds: 600 }));
    call.start();
    const base = "https://prompts.centrala.test/t1";
    expect(call.send({ type: "holdMusic", nodeId: "sales", sampleRate: 16_000, tracks: [{ promptId: "song", language: "pl", durationMs: 50_500 }, { promptId: "jingle", language: "en", durationMs: 12_000 }] }).verbs).toEqual([]);
    const turn = (t: number) => call.queueWait(t, 0).verbs.filter((v) => v.verb === "play");
    expect(turn(0)).toEqual([{ verb: "play", url: `${base}/song/pl.wav`, timeoutSecs: 20 }]);
    expect(turn(20)).toEqual([{ verb: "play", url: `${base}/song/pl.wav`, timeoutSecs: 20, seekOffset: 320_000 }]);
    // 10.5 s of the song left: play the whole seconds, then the next track from its start.
    expect(turn(40)).toEqual([{ verb: "play", url: `${base}/song/pl.wav`, timeoutSecs: 10, seekOffset: 640_000 }]);
    expect(turn(50)).toEqual([{ verb: "play", url: `${base}/jingle/en.wav`, timeoutSecs: 10 }]);
    expect(turn(60)).toEqual([{ verb: "play", url: `${base}/jingle/en.wav`, timeoutSecs: 2, seekOffset: 160_000 }]);
    expect(turn(62)).toEqual([{ verb: "play", url: `${base}/song/pl.wav`, timeoutSecs: 18 }]);
  });

  it("ignores music it cannot seek in and keeps the caller company without it", () => {
    const call = new ScriptedCall(buildQueueFlow({ announcePosition: false }));
    call.start();
    call.send({ type: "holdMusic", nodeId: "sales", sampleRate: 16_000, tracks: [{ promptId: "blip", language: "pl", durationMs: 400 }] });
    expect(call.queueWait(0, 0).verbs.at(-1)).toEqual({ verb: "pause", length: 10 });
  });

  it("stops hold music in time for the next announcement or the longest wait", () => {
    const quiet = new ScriptedCall(buildQueueFlow({ holdPrompt: recording("hold-music"), announcePosition: false, announceEverySeconds: 600, maxWaitSeconds: 90 }));
    quiet.start();
    expect(quiet.queueWait(0, 0).verbs.at(-1)).toEqual({ verb: "play", url: "https://prompts.centrala.test/t1/hold-music/pl-PL.wav", timeoutSecs: 90 });
    expect(quiet.queueWait(75.2, 0).verbs).toEqual([{ verb: "play", url: "https://prompts.centrala.test/t1/hold-music/pl-PL.wav", timeoutSecs: 15 }]);
    expect(quiet.queueWait(90, 0).verbs).toEqual([{ verb: "leave" }]);
    const announcing = new ScriptedCall(buildQueueFlow({ announceEverySeconds: 45, maxWaitSeconds: 60 }));
    announcing.start();
    announcing.send({ type: "holdMusic", nodeId: "sales", sampleRate: 8000, tracks: [{ promptId: "long", language: "pl", durationMs: 600_000 }] });
    announcing.queueWait(0, 3);
    // Next announcement at 45 s, but the longest wait ends at 60 s: from 20 s the music stops at 45 s, from 50 s at 60 s.
    expect(announcing.queueWait(20, 2).verbs).toEqual([{ verb: "play", url: "https://prompts.centrala.test/t1/long/pl.wav", timeoutSecs: 25, seekOffset: 360_000 }]);
    expect(announcing.queueWait(50, 1).verbs.at(-1)).toEqual({ verb: "play", url: "https://prompts.centrala.test/t1/long/pl.wav", timeoutSecs: 10, seekOffset: 560_000 });
  });

  it("speaks the announcements in the hold prompt's language", () => {
    const call = new ScriptedCall(buildQueueFlow({ holdPrompt: say("Please hold.", "en-GB") }));
    call.start();
    expect(call.queueWait(0, 0).verbs).toEqual([
      { verb: "say", text: "You are caller number 1.", synthesizer: { vendor: "default", language: "en-GB" } },
      { verb: "say", text: "Please hold.", synthesizer: { vendor: "default", language: "en-GB" } },
      { verb: "pause", length: 10 },
    ]);
    expect(call.queueWait(60, 2).verbs[0]).toMatchObject({ text: "There are 2 callers ahead of you." });
  });

  it("never answers a hold turn with nothing: without music it pauses until the next announcement", () => {
    const call = new ScriptedCall(buildQueueFlow({ announcePosition: false }));
    call.start();
    expect(call.queueWait(0, 0).verbs.at(-1)).toEqual({ verb: "pause", length: 10 });
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

  it("says the place in line in the flow's own words: a number or a Polish ordinal", () => {
    const call = new ScriptedCall(buildQueueFlow({ positionWording: "Jesteś {{positionOrdinal}} w kolejce ({{position}})." }));
    call.start();
    expect(call.queueWait(0, 1).verbs[0]).toMatchObject({ verb: "say", text: "Jesteś drugi w kolejce (2)." });
    expect(call.queueWait(60, 11).verbs[0]).toMatchObject({ verb: "say", text: "Jesteś 12. w kolejce (12)." });
  });
});
