import { describe, expect, it } from "vitest";
import { AcdScript } from "../testing/acdScript";
import { createAcdState } from "./createAcdState";
import { migrateAcdState } from "./migrateAcdState";

describe("migrateAcdState", () => {
  it("returns a current state as it is", () => {
    const script = new AcdScript();
    script.queue("sales", ["a"]);
    script.login("a");
    script.join("x", "sales");
    expect(migrateAcdState(JSON.parse(JSON.stringify(script.state)))).toEqual(script.state);
  });

  it("runs the named migrations one version at a time", () => {
    const migrations = {
      0: (state: Record<string, unknown>) => ({ ...state, version: 0.5, steps: ["0"] }),
      0.5: (state: Record<string, unknown>) => ({ ...state, version: 1, steps: [...(state.steps as string[]), "0.5"] }),
    };
    expect(migrateAcdState({ version: 0 }, migrations)).toEqual({ version: 1, steps: ["0", "0.5"] });
  });

  it("refuses versions it cannot read", () => {
    expect(() => migrateAcdState({ version: 2 })).toThrow("Dispatcher state version 2 is not supported");
    expect(() => migrateAcdState({ version: "1" })).toThrow("Dispatcher state version 1 is not supported");
    expect(() => migrateAcdState({ version: 0 })).toThrow("No migration from dispatcher state version 0");
    expect(() => migrateAcdState("x")).toThrow("Dispatcher state is not an object");
    expect(() => migrateAcdState(null)).toThrow("Dispatcher state is not an object");
  });
});

describe("createAcdState", () => {
  it("starts empty at the given time, with offer ids under the given prefix", () => {
    expect(createAcdState({ at: 7 })).toEqual({ version: 1, now: 7, seq: 0, idPrefix: "offer-", queues: {}, agents: {}, callers: {}, offers: {} });
    const script = new AcdScript();
    script.state = createAcdState({ at: script.at, idPrefix: "t1-" });
    script.queue("sales", ["a"]);
    script.login("a");
    expect(script.join("x", "sales")[0]).toMatchObject({ offerId: "t1-2" });
  });
});
