import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

const hello = { type: "tts", text: "Dzień dobry", language: "pl-PL" } as const;

describe("play", () => {
  it("accepts a text prompt", () => {
    expect(validateNode("play", { prompt: hello })).toEqual([]);
  });
  it("reports empty text, an unknown recording and an out-of-range repeat", () => {
    expect(validateNode("play", { prompt: { ...hello, text: "  " } })).toMatchObject([{ code: "FLOW036", nodeId: "x" }]);
    expect(validateNode("play", { prompt: { type: "library", promptId: "p9" } }, { promptIds: ["p1"] }))
      .toMatchObject([{ code: "FLOW034", nodeId: "x" }]);
    const [problem] = validateNode("play", { prompt: hello, repeat: 11 });
    expect(problem).toMatchObject({ code: "FLOW012", nodeId: "x" });
    expect(problem?.message.en).toContain("“Times to play” must be at most 10");
  });
  it("compiles with the default repeat filled in", () => {
    expect(compileNode("play", { prompt: hello })).toEqual({ config: { prompt: hello, repeat: 1 }, next: { next: "end" } });
  });
});
