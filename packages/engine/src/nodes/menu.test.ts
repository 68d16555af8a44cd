import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";

import { say } from "../testing/testPrompts";

const compileMenuFlow = (limits: { maxAttempts: number; maxInvalidAttempts?: number } = { maxAttempts: 2 }) => compileTestFlow(
  [
    sketchNode("start", "start", {}),
    sketchNode("main", "menu", {
      prompt: say("Sprzedaż 1, serwis 2."),
      keys: ["1", "2"],
      timeoutSeconds: 6,
      ...limits,
      noInputPrompt: say("Nie wybrano opcji."),
      invalidPrompt: say("Nie ma takiej opcji."),
    }),
    sketchNode("sales", "play", { prompt: say("Sprzedaż.") }),
    sketchNode("service", "play", { prompt: say("Serwis.") }),
    sketchNode("silent", "play", { prompt: say("Do usłyszenia.") }),
    sketchNode("wrong", "hangup", { prompt: say("Błędny wybór.") }),
  ],
  [["start", "next", "main"], ["main", "key:1", "sales"], ["main", "key:2", "service"], ["main", "noInput", "silent"], ["main", "invalid", "wrong"]],
);
const menuFlow = compileMenuFlow();

describe("menu", () => {
  it("offers the keys in a one-digit gather with the prompt nested", () => {
    const call = new ScriptedCall(menuFlow);
    const { verbs } = call.start();
    expect(verbs).toEqual([
      {
        verb: "gather", input: ["digits"], numDigits: 1, minDigits: 1, timeout: 6, actionHook: "/n/main/gather",
        say: { text: "Sprzedaż 1, serwis 2.", synthesizer: { vendor: "default", language: "pl-PL" } },
      },
    ]);
    expect(call.nodeId).toBe("main");
  });

  it("takes the pressed key's exit", () => {
    const call = new ScriptedCall(menuFlow);
    call.start();
    const { verbs } = call.press("2");
    expect(verbs).toEqual([{ verb: "say", text: "Serwis.", synthesizer: { vendor: "default", language: "pl-PL" } }, { verb: "hangup" }]);
    expect(call.traces("keyPressed")).toEqual([{ name: "keyPressed", nodeId: "main", digits: "2" }]);
    expect(call.traces("branchTaken").map((record) => record.port)).toContain("key:2");
    expect(call.outcome).toBe("completed");
  });

  it("plays the no-input message and asks again, then takes noInput", () => {
    const call = new ScriptedCall(menuFlow);
    call.start();
    const retry = call.silence();
    expect(retry.verbs.map((verb) => verb.verb)).toEqual(["say", "gather"]);
    expect(retry.verbs[0]).toMatchObject({ text: "Nie wybrano opcji." });
    const giveUp = call.silence();
    expect(giveUp.verbs[0]).toMatchObject({ verb: "say", text: "Do usłyszenia." });
    expect(call.path).toEqual(["start", "main", "silent"]);
  });

  it("treats a key not on the list as invalid and retries with the invalid message", () => {
    const call = new ScriptedCall(menuFlow);
    call.start();
    expect(call.press("7").verbs[0]).toMatchObject({ text: "Nie ma takiej opcji." });
    call.press("9");
    expect(call.path.at(-1)).toBe("wrong");
    expect(call.lastVerbs).toEqual([expect.objectContaining({ text: "Błędny wybór." }), { verb: "hangup" }]);
  });

  it("counts silence and wrong keys apart: a wrong key after a silence does not end the menu early", () => {
    const call = new ScriptedCall(menuFlow);
    call.start();
    call.silence();
    expect(call.press("5").verbs[0]).toMatchObject({ text: "Nie ma takiej opcji." });
    expect(call.path.at(-1)).toBe("main");
    call.press("1");
    expect(call.path.at(-1)).toBe("sales");
  });

  it("takes the wrong-key exit after its own limit, however many silences came before", () => {
    const call = new ScriptedCall(compileMenuFlow({ maxAttempts: 3, maxInvalidAttempts: 1 }));
    call.start();
    call.silence();
    call.silence();
    call.press("5");
    expect(call.path.at(-1)).toBe("wrong");
  });

  it("ignores a stale gather hook from a node the call has left", () => {
    const call = new ScriptedCall(menuFlow);
    call.start();
    call.press("1");
    const stale = call.hook("gather", { digits: "2", reason: "dtmfDetected" }, { nodeId: "main" });
    expect(stale).toMatchObject({ verbs: [], effects: [] });
  });

  it("ignores a hook addressed to another node while waiting", () => {
    const call = new ScriptedCall(menuFlow);
    call.start();
    const before = call.state;
    expect(call.hook("gather", { digits: "1" }, { nodeId: "sales" }).verbs).toEqual([]);
    expect(call.state).toBe(before);
  });

  it("ends as abandoned when the caller hangs up in the menu, with no verbs", () => {
    const call = new ScriptedCall(menuFlow);
    call.start();
    const { verbs, effects } = call.hangUp();
    expect(verbs).toEqual([]);
    expect(effects).toContainEqual(expect.objectContaining({ type: "callEnded", outcome: "abandoned" }));
    expect(call.press("1").verbs).toEqual([]);
  });
});
