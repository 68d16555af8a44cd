import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

describe("voicemail", () => {
  it("accepts a mailbox with a greeting", () => {
    expect(validateNode("voicemail", { mailbox: "reception", greeting: { type: "tts", text: "Zostaw wiadomość", language: "pl-PL" } })).toEqual([]);
  });
  it("reports an empty greeting and a too long message limit", () => {
    expect(validateNode("voicemail", { mailbox: "reception", greeting: { type: "tts", text: "", language: "en-US" } }))
      .toMatchObject([{ code: "FLOW036", nodeId: "x" }]);
    expect(validateNode("voicemail", { mailbox: "reception", maxSeconds: 601 })).toMatchObject([{ code: "FLOW012", nodeId: "x" }]);
  });
  it("compiles with defaults filled in", () => {
    expect(compileNode("voicemail", { mailbox: "reception" }).config).toEqual({ mailbox: "reception", beep: true, maxSeconds: 120, finishOnKey: "#" });
  });
});
