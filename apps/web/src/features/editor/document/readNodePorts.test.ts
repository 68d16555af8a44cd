import { describe, expect, it } from "vitest";
import { nodeKinds, type FlowDocument } from "@centrala/flow";
import { createNode } from "./createNode";
import { readNodePorts } from "./readNodePorts";

describe("readNodePorts", () => {
  const empty: FlowDocument = { version: 1, nodes: [], edges: [] };

  it("draws the exits of every kind as dropped from the palette, half-filled settings and all", () => {
    for (const kind of nodeKinds) {
      expect(() => readNodePorts(createNode(empty, kind, { x: 0, y: 0 }))).not.toThrow();
    }
    expect(readNodePorts(createNode(empty, "voicemail", { x: 0, y: 0 })).map((port) => port.id)).toEqual(["next"]);
    expect(readNodePorts(createNode(empty, "hours", { x: 0, y: 0 })).map((port) => port.id)).toEqual(["open", "closed", "holiday"]);
  });

  it("keeps a menu's own keys even while another setting is broken", () => {
    const menu = { kind: "menu" as const, data: { prompt: { type: "tts", text: "", language: "xx" }, keys: ["5", "9"], timeoutSeconds: 999 } };
    expect(readNodePorts(menu).map((port) => port.id)).toEqual(["key:5", "key:9", "noInput", "invalid"]);
  });

  it("survives data that is not what the kind expects at all", () => {
    expect(readNodePorts({ kind: "condition", data: { rules: "nonsense" } }).map((port) => port.id)).toContain("else");
  });
});
