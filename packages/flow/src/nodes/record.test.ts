import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

const consent = { type: "library", promptId: "consent" } as const;

describe("record", () => {
  it("accepts a consent prompt from the library", () => {
    expect(validateNode("record", { consentPrompt: consent }, { promptIds: ["consent"] })).toEqual([]);
  });
  it("reports a consent recording that is not chosen, and a missing next path", () => {
    expect(validateNode("record", { consentPrompt: { type: "library", promptId: "" } })).toMatchObject([{ code: "FLOW035", nodeId: "x" }]);
    expect(validateNode("record", {}, {}, { skipPorts: ["next"] })).toMatchObject([{ code: "FLOW022", port: "next" }]);
  });
  it("compiles to its consent prompt", () => {
    expect(compileNode("record", { consentPrompt: consent })).toEqual({ config: { consentPrompt: consent }, next: { next: "end" } });
  });
});
