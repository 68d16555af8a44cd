import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

type ConferenceData = Parameters<typeof sketchNode<"conference">>[2];

function buildConferenceFlow(data: Partial<ConferenceData>) {
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("room", "conference", { room: "board", role: "participant", waitForModerator: true, ...data }),
      sketchNode("after", "hangup", { prompt: say("Koniec konferencji.") }),
      sketchNode("denied", "hangup", { prompt: say("Brak dostępu.") }),
    ],
    [["start", "next", "room"], ["room", "next", "after"], ["room", "wrongPin", "denied"]],
  );
}

describe("conference", () => {
  it("lets a moderator start and end the conference", () => {
    const call = new ScriptedCall(buildConferenceFlow({ role: "moderator" }));
    expect(call.start().verbs).toEqual([{ verb: "conference", name: "board", startConferenceOnEnter: true, endConferenceOnExit: true, actionHook: "/n/room/conference" }]);
  });

  it("keeps a participant waiting for the moderator with the waiting message", () => {
    const call = new ScriptedCall(buildConferenceFlow({ waitPrompt: say("Czekamy na moderatora.") }));
    expect(call.start().verbs).toEqual([{
      verb: "conference", name: "board", startConferenceOnEnter: false, endConferenceOnExit: false,
      actionHook: "/n/room/conference", waitHook: "/n/room/confwait",
    }]);
    expect(call.hook("confwait", {}).verbs).toEqual([expect.objectContaining({ verb: "say", text: "Czekamy na moderatora." })]);
    call.hook("conference", {});
    expect(call.path.at(-1)).toBe("after");
  });

  it("pauses on each wait turn when there is no waiting message, and starts at once when not waiting", () => {
    const call = new ScriptedCall(buildConferenceFlow({}));
    call.start();
    expect(call.hook("confwait", {}).verbs).toEqual([{ verb: "pause", length: 10 }]);
    const open = new ScriptedCall(buildConferenceFlow({ waitForModerator: false }));
    expect(open.start().verbs[0]).toMatchObject({ startConferenceOnEnter: true, endConferenceOnExit: false });
  });

  it("asks for the PIN and joins when it is right", () => {
    const call = new ScriptedCall(buildConferenceFlow({ pin: "4321" }));
    expect(call.start().verbs).toEqual([expect.objectContaining({ verb: "gather", minDigits: 1, maxDigits: 8, finishOnKey: "#", actionHook: "/n/room/gather" })]);
    expect(call.press("4321").verbs[0]).toMatchObject({ verb: "conference", name: "board" });
    expect(call.traces("keyPressed")).toEqual([{ name: "keyPressed", nodeId: "room", digits: "••••" }]);
  });

  it("takes wrongPin after three wrong or missing PINs", () => {
    const call = new ScriptedCall(buildConferenceFlow({ pin: "4321" }));
    call.start();
    expect(call.press("1111").verbs.map((verb) => verb.verb)).toEqual(["say", "gather"]);
    call.silence();
    call.press("4320");
    expect(call.path.at(-1)).toBe("denied");
  });
});
