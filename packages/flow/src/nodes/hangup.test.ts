import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

describe("hangup", () => {
  it("accepts no prompt or a goodbye", () => {
    expect(validateNode("hangup", {})).toEqual([]);
    expect(validateNode("hangup", { prompt: { type: "tts", text: "Do widzenia", language: "pl-PL" } })).toEqual([]);
  });
  it("reports a goodbye recording missing from the library", () => {
    expect(validateNode("hangup", { prompt: { type: "library", promptId: "bye" } }, { promptIds: [] }))
      .toMatchObject([{ code: "FLOW034", nodeId: "x" }]);
  });
  it("compiles with no exits", () => {
    expect(compileNode("hangup", {})).toEqual({ config: {}, next: {} });
  });
});
