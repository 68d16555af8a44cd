import { describe, expect, it } from "vitest";
import { testEnv } from "../testing/testEnv";
import { initialState } from "./initialState";
import { migrateCallState } from "./migrateCallState";

describe("migrateCallState", () => {
  it("returns a current state as it is", () => {
    const state = initialState({ type: "start", at: 5, call: { callSid: "a", from: "b", to: "c" }, env: testEnv });
    expect(migrateCallState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it("refuses versions it cannot read", () => {
    expect(() => migrateCallState({ version: 99 })).toThrow(/not supported/);
    expect(() => migrateCallState({ version: 0 })).toThrow(/No migration/);
    expect(() => migrateCallState("x")).toThrow();
  });
});
