import { describe, expect, it } from "vitest";
import type { FlowDocument } from "@centrala/flow";
import { convertTraceToPath } from "./convertTraceToPath";

const doc = {
  version: 1,
  nodes: [],
  edges: [
    { id: "e1", source: "start", sourcePort: "next", target: "menu" },
    { id: "e2", source: "menu", sourcePort: "key:1", target: "sales" },
    { id: "e3", source: "menu", sourcePort: "key:2", target: "support" },
  ],
} as unknown as FlowDocument;

const trace = [
  { seq: 0, type: "nodeEntered", nodeId: "start", data: {} },
  { seq: 1, type: "branchTaken", nodeId: "start", data: { port: "next" } },
  { seq: 2, type: "nodeEntered", nodeId: "menu", data: {} },
  { seq: 3, type: "keyPressed", nodeId: "menu", data: { digits: "2" } },
  { seq: 4, type: "branchTaken", nodeId: "menu", data: { port: "key:2" } },
  { seq: 5, type: "nodeEntered", nodeId: "support", data: {} },
];

describe("convertTraceToPath", () => {
  it("draws the nodes and connections taken, and the node the call is in", () => {
    expect(convertTraceToPath(trace, doc, true)).toEqual({ visitedNodeIds: ["start", "menu", "support"], activeNodeId: "support", takenEdgeIds: ["e1", "e3"] });
  });

  it("keeps the path but no active node once the call has ended", () => {
    expect(convertTraceToPath(trace, doc, false).activeNodeId).toBeNull();
    expect(convertTraceToPath(trace, doc, false).takenEdgeIds).toEqual(["e1", "e3"]);
  });

  it("ignores branches through connections that no longer exist", () => {
    const path = convertTraceToPath([{ seq: 0, type: "branchTaken", nodeId: "menu", data: { port: "key:9" } }], doc, true);
    expect(path.takenEdgeIds).toEqual([]);
  });
});
