import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

const mainFlow = compileTestFlow(
  [
    sketchNode("start", "start", {}),
    sketchNode("set", "setVariable", { assignments: [{ variable: "origin", value: "main" }] }),
    sketchNode("jump", "gotoFlow", { flowId: "after-hours" }),
  ],
  [["start", "next", "set"], ["set", "next", "jump"]],
);

const afterHoursFlow = compileTestFlow(
  [sketchNode("start", "start", {}), sketchNode("msg", "play", { prompt: say("Po godzinach, z {{origin}}.") })],
  [["start", "next", "msg"]],
);

const bounceFlow = compileTestFlow(
  [sketchNode("start", "start", {}), sketchNode("jump", "gotoFlow", { flowId: "bounce" })],
  [["start", "next", "jump"]],
);

describe("gotoFlow", () => {
  it("asks the runtime for the flow, then continues at its start keeping the variables", () => {
    const call = new ScriptedCall(mainFlow, { flowId: "main" });
    const started = call.start();
    expect(started.verbs).toEqual([]);
    expect(started.effects).toContainEqual({ type: "gotoFlow", nodeId: "jump", flowId: "after-hours" });
    const loaded = call.send({ type: "flowLoaded", flowId: "after-hours", ir: afterHoursFlow });
    expect(loaded.verbs).toEqual([expect.objectContaining({ text: "Po godzinach, z main." }), { verb: "hangup" }]);
    expect(call.state.flowId).toBe("after-hours");
    expect(call.state.flowHops).toBe(1);
  });

  it("apologises and hangs up when the flow cannot be loaded", () => {
    const call = new ScriptedCall(mainFlow, { env: { fallbackNumber: "+48221000000" } });
    call.start();
    const { verbs, effects } = call.send({ type: "flowLoaded", flowId: "after-hours", error: "notFound" });
    expect(verbs.map((verb) => verb.verb)).toEqual(["say", "dial", "hangup"]);
    expect(verbs[1]).toMatchObject({ target: [{ type: "phone", number: "+48221000000" }] });
    expect(effects).toContainEqual(expect.objectContaining({ type: "trace", record: expect.objectContaining({ name: "error", reason: "flowNotLoaded" }) }));
    expect(call.outcome).toBe("error");
  });

  it("stops flows that send the caller back and forth", () => {
    const call = new ScriptedCall(bounceFlow, { flowId: "bounce" });
    call.start();
    for (let hop = 0; hop < 20 && call.state.status === "active"; hop += 1) {
      call.send({ type: "flowLoaded", flowId: "bounce", ir: bounceFlow });
    }
    expect(call.outcome).toBe("error");
    expect(call.traces("error")[0]).toMatchObject({ reason: "loopGuard" });
  });

  it("ignores a flowLoaded for a different flow", () => {
    const call = new ScriptedCall(mainFlow);
    call.start();
    expect(call.send({ type: "flowLoaded", flowId: "other", ir: afterHoursFlow }).verbs).toEqual([]);
    expect(call.nodeId).toBe("jump");
  });
});
