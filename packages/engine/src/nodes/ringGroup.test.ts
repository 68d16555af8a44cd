import { describe, expect, it } from "vitest";
import type { DialVerb } from "../verbs/verb";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

type RingGroupData = Parameters<typeof sketchNode<"ringGroup">>[2];

function buildRingFlow(data: Partial<RingGroupData>) {
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("team", "ringGroup", { extensions: ["101", "102", "103"], strategy: "sequential", ringSeconds: 15, maxRounds: 2, maxWaitSeconds: 300, ...data }),
      sketchNode("bye", "hangup", {}),
      sketchNode("nobody", "hangup", { prompt: say("Nikt nie odbiera.") }),
    ],
    [["start", "next", "team"], ["team", "answered", "bye"], ["team", "noAnswer", "nobody"]],
  );
}

function dialledNames(verbs: readonly { verb: string }[]): string[] {
  const dial = verbs.find((verb): verb is DialVerb => verb.verb === "dial");
  return dial ? dial.target.map((target) => (target.type === "user" ? target.name : target.number)) : [];
}

describe("ringGroup", () => {
  it("rings everyone at once with one dial of user targets in the tenant's realm", () => {
    const call = new ScriptedCall(buildRingFlow({ strategy: "simultaneous" }));
    const { verbs } = call.start();
    expect(verbs).toEqual([{
      verb: "dial",
      target: [
        { type: "user", name: "101@acme.sip.centrala.test" },
        { type: "user", name: "102@acme.sip.centrala.test" },
        { type: "user", name: "103@acme.sip.centrala.test" },
      ],
      timeout: 15, answerOnBridge: true, actionHook: "/n/team/dial",
    }]);
    call.dialResult("completed");
    expect(call.path.at(-1)).toBe("bye");
    expect(call.outcome).toBe("transferred");
  });

  it("rings more than ten extensions in chunks of ten (jambonz drops the rest)", () => {
    const extensions = Array.from({ length: 12 }, (_unused, index) => String(200 + index));
    const call = new ScriptedCall(buildRingFlow({ strategy: "simultaneous", extensions, maxRounds: 1 }));
    expect(dialledNames(call.start().verbs)).toHaveLength(10);
    expect(dialledNames(call.dialResult("no-answer").verbs)).toEqual(["210@acme.sip.centrala.test", "211@acme.sip.centrala.test"]);
    call.dialResult("no-answer");
    expect(call.path.at(-1)).toBe("nobody");
  });

  it("hunts one extension at a time, moving on after busy, no answer or failure, for every round", () => {
    const call = new ScriptedCall(buildRingFlow({}));
    const dialled = [dialledNames(call.start().verbs)];
    for (const status of ["busy", "no-answer", "failed", "no-answer", "busy"]) dialled.push(dialledNames(call.dialResult(status).verbs));
    expect(dialled.map((names) => names[0]?.slice(0, 3))).toEqual(["101", "102", "103", "101", "102", "103"]);
    call.dialResult("no-answer");
    expect(call.path.at(-1)).toBe("nobody");
    expect(call.lastVerbs).toEqual([expect.objectContaining({ text: "Nikt nie odbiera." }), { verb: "hangup" }]);
  });

  it("gives up when the longest wait has passed, and shortens the last ring to what is left", () => {
    const call = new ScriptedCall(buildRingFlow({ maxWaitSeconds: 40, maxRounds: 5 }));
    call.start();
    const second = call.dialResult("no-answer", 15_000);
    expect(second.verbs[0]).toMatchObject({ timeout: 15 });
    const third = call.dialResult("no-answer", 15_000);
    expect(third.verbs[0]).toMatchObject({ timeout: 10 });
    call.dialResult("no-answer", 10_000);
    expect(call.path.at(-1)).toBe("nobody");
  });

  it("starts a round robin at a place derived from the call, the same every time for that call", () => {
    const extensions = ["101", "102", "103", "104", "105"];
    const firstRung = (callSid: string) => {
      const call = new ScriptedCall(buildRingFlow({ strategy: "roundRobin", extensions }), { callSid });
      return dialledNames(call.start().verbs)[0];
    };
    const starts = new Set(Array.from({ length: 20 }, (_unused, index) => firstRung(`call-${index}`)));
    expect(starts.size).toBeGreaterThan(2);
    expect(firstRung("call-7")).toBe(firstRung("call-7"));
    const call = new ScriptedCall(buildRingFlow({ strategy: "roundRobin", extensions }), { callSid: "call-7" });
    const order = [dialledNames(call.start().verbs)[0]];
    for (let index = 0; index < 4; index += 1) order.push(dialledNames(call.dialResult("no-answer").verbs)[0]);
    expect(new Set(order).size).toBe(5);
  });
});
