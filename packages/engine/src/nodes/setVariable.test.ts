import { describe, expect, it } from "vitest";
import type { FlowIR } from "@centrala/flow";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

describe("setVariable", () => {
  it("sets variables in order from templates, and later prompts read them", () => {
    const ir = compileTestFlow(
      [
        sketchNode("start", "start", {}),
        sketchNode("set", "setVariable", { assignments: [{ variable: "who", value: "klient {{caller}}" }, { variable: "line", value: "{{who}} na {{called}}" }] }),
        sketchNode("say", "play", { prompt: say("{{line}}") }),
      ],
      [["start", "next", "set"], ["set", "next", "say"]],
    );
    const call = new ScriptedCall(ir, { from: "+48601", to: "+48222" });
    expect(call.start().verbs[0]).toMatchObject({ text: "klient +48601 na +48222" });
    expect(call.state.vars).toEqual({ who: "klient +48601", line: "klient +48601 na +48222" });
  });

  it("never overwrites built-in variables and caps long values", () => {
    // Validation refuses assigning a built-in; the engine must hold even if such IR appears.
    const ir: FlowIR = {
      version: 1,
      start: "set",
      nodes: {
        set: { kind: "setVariable", config: { assignments: [{ variable: "caller", value: "spoofed" }, { variable: "long", value: "x".repeat(2000) }] }, next: { next: "say" } },
        say: { kind: "play", config: { prompt: say("{{caller}}"), repeat: 1 }, next: {} },
      },
    };
    const call = new ScriptedCall(ir, { from: "+48601" });
    expect(call.start().verbs[0]).toMatchObject({ text: "+48601" });
    expect(call.state.vars.long).toHaveLength(500);
    expect(call.state.vars.caller).toBeUndefined();
  });
});
