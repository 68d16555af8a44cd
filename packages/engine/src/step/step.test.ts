import { describe, expect, it } from "vitest";
import type { FlowIR } from "@centrala/flow";
import { initialState } from "../state/initialState";
import { ScriptedCall } from "../testing/scriptedCall";
import { testEnv } from "../testing/testEnv";
import { say } from "../testing/testPrompts";
import { step } from "./step";

const loopingIr: FlowIR = {
  version: 1,
  start: "a",
  nodes: {
    a: { kind: "play", config: { prompt: say("A"), repeat: 1 }, next: { next: "b" } },
    b: { kind: "setVariable", config: { assignments: [{ variable: "x", value: "1" }] }, next: { next: "a" } },
  },
};

const menuIr: FlowIR = {
  version: 1,
  start: "m",
  nodes: {
    m: { kind: "menu", config: { prompt: say("Menu"), keys: ["1"], timeoutSeconds: 5, maxAttempts: 3 }, next: { "key:1": "ghost" } },
  },
};

const start = { type: "start" as const, at: 1_700_000_000_000, call: { callSid: "s1", from: "+48601", to: "+48222" }, env: testEnv };

describe("step", () => {
  it("stops a flow that never waits for the caller: apology, hangup, error trace", () => {
    const call = new ScriptedCall(loopingIr);
    const { verbs, effects } = call.start();
    expect(verbs).toEqual([expect.objectContaining({ verb: "say", text: "Przepraszamy, wystąpił błąd. Prosimy zadzwonić później." }), { verb: "hangup" }]);
    expect(effects.filter((effect) => effect.type === "trace" && effect.record.name === "nodeEntered")).toHaveLength(100);
    expect(call.traces("error")).toEqual([expect.objectContaining({ reason: "loopGuard" })]);
    expect(call.outcome).toBe("error");
  });

  it("fails safely when a port leads to a node the IR does not have", () => {
    const call = new ScriptedCall(menuIr);
    call.start();
    call.press("1");
    expect(call.traces("error")).toEqual([expect.objectContaining({ reason: "missingNode", nodeId: "ghost" })]);
    expect(call.lastVerbs.at(-1)).toEqual({ verb: "hangup" });
  });

  it("fails safely when the runtime passes an IR that lacks the waiting node", () => {
    const call = new ScriptedCall(menuIr);
    call.start();
    call.ir = loopingIr;
    call.press("1");
    expect(call.traces("error")).toEqual([expect.objectContaining({ reason: "missingNode", nodeId: "m" })]);
  });

  it("does not mutate the state it is given", () => {
    const state = initialState(start);
    const frozen = JSON.stringify(state);
    const first = step(menuIr, state, start);
    expect(JSON.stringify(state)).toBe(frozen);
    const again = JSON.stringify(first.state);
    step(menuIr, first.state, { type: "digits", at: start.at + 1000, digits: "9" });
    expect(JSON.stringify(first.state)).toBe(again);
  });

  it("ignores a second start and any event before the start", () => {
    const fresh = initialState(start);
    expect(step(menuIr, fresh, { type: "digits", at: 1, digits: "1" })).toEqual({ state: fresh, verbs: [], effects: [] });
    const started = step(menuIr, fresh, start).state;
    expect(step(menuIr, started, start).verbs).toEqual([]);
  });

  it("applies events without a node id to the node the call is in", () => {
    const started = step(menuIr, initialState(start), start).state;
    const retried = step(menuIr, started, { type: "noInput", at: start.at + 5000 });
    expect(retried.verbs.map((verb) => verb.verb)).toEqual(["gather"]);
    expect(retried.state.node).toEqual({ id: "m", local: { attempts: 2, noInput: 1, invalid: 0 } });
  });

  it("keeps a waiting call's state small", () => {
    const started = step(menuIr, initialState(start), start).state;
    expect(JSON.stringify(started).length).toBeLessThan(600);
  });

  it("ignores unrecognized hooks", () => {
    const started = step(menuIr, initialState(start), start).state;
    expect(step(menuIr, started, { type: "unrecognized", at: start.at, hook: "/somewhere" })).toEqual({ state: started, verbs: [], effects: [] });
  });
});
