import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

function buildCollectFlow(pattern?: string) {
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("account", "collect", {
        prompt: say("Podaj numer klienta i krzyżyk."),
        variable: "account",
        minDigits: 4,
        maxDigits: 8,
        finishOnKey: "#",
        timeoutSeconds: 10,
        maxAttempts: 2,
        invalidPrompt: say("Niepoprawny numer."),
        ...(pattern === undefined ? {} : { pattern }),
      }),
      sketchNode("confirm", "play", { prompt: say("Klient {{account}}.") }),
      sketchNode("failed", "hangup", { prompt: say("Nie udało się.") }),
    ],
    [["start", "next", "account"], ["account", "next", "confirm"], ["account", "failed", "failed"]],
  );
}

describe("collect", () => {
  it("gathers with minDigits 1, so a too-short entry reaches the step (jambonz drops input shorter than minDigits on time-out)", () => {
    const call = new ScriptedCall(buildCollectFlow());
    expect(call.start().verbs).toEqual([
      expect.objectContaining({ verb: "gather", input: ["digits"], minDigits: 1, maxDigits: 8, finishOnKey: "#", timeout: 10, actionHook: "/n/account/gather" }),
    ]);
    // Two digits then silence: the wrong-entry message, not the silence one.
    expect(call.hook("gather", { digits: "12", reason: "timeout" }).verbs[0]).toMatchObject({ verb: "say", text: "Niepoprawny numer." });
  });

  it("saves the digits in the variable and the next prompt reads them", () => {
    const call = new ScriptedCall(buildCollectFlow());
    call.start();
    expect(call.press("123456").verbs[0]).toMatchObject({ verb: "say", text: "Klient 123456." });
    expect(call.state.vars).toEqual({ account: "123456" });
  });

  it("rejects too few digits with the invalid message and asks again", () => {
    const call = new ScriptedCall(buildCollectFlow());
    call.start();
    const retry = call.press("12");
    expect(retry.verbs.map((verb) => verb.verb)).toEqual(["say", "gather"]);
    expect(retry.verbs[0]).toMatchObject({ text: "Niepoprawny numer." });
    expect(call.press("5555").verbs[0]).toMatchObject({ text: "Klient 5555." });
  });

  it("checks the pattern against the whole input", () => {
    const call = new ScriptedCall(buildCollectFlow("7\\d{3}"));
    call.start();
    call.press("17000");
    expect(call.nodeId).toBe("account");
    call.press("7001");
    expect(call.state.vars.account).toBe("7001");
  });

  it("takes failed after the last attempt, whether silent or wrong", () => {
    const call = new ScriptedCall(buildCollectFlow("7\\d{3}"));
    call.start();
    const retry = call.silence();
    expect(retry.verbs.map((verb) => verb.verb)).toEqual(["gather"]);
    call.press("1234");
    expect(call.path).toEqual(["start", "account", "failed"]);
    expect(call.state.vars).toEqual({});
  });
});
