import { describe, expect, it } from "vitest";
import { currentFlowVersion, type FlowDocument } from "@centrala/flow";
import { listDialTargets } from "./listDialTargets";

const flowWith = (...targets: Record<string, string>[]): FlowDocument => ({
  version: currentFlowVersion,
  nodes: targets.map((target, index) => ({ id: `t${index}`, kind: "transfer", position: { x: 0, y: index }, data: { target, ringSeconds: 30 } })),
  edges: [],
} as FlowDocument);

describe("listDialTargets", () => {
  it("lists fixed extensions and numbers, and every extension when a transfer rings the dialled one", () => {
    expect(listDialTargets(flowWith({ type: "extension", extension: "105" }, { type: "external", number: "+48221112233" }), ["101", "102"]))
      .toEqual(["+48221112233", "105"]);
    expect(listDialTargets(flowWith({ type: "extension", extension: "105" }, { type: "dialledExtension" }), ["102", "101"])).toEqual(["101", "102", "105"]);
  });
});
