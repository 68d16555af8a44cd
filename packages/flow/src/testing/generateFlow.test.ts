import { describe, expect, it } from "vitest";
import { compileFlow } from "../compile/compileFlow";
import { nodeKinds } from "../nodes/kinds";
import { generateLargeFlow } from "./generateFlow";

describe("generateLargeFlow", () => {
  it("makes exactly the asked number of nodes and compiles without any problem", () => {
    for (const [count, seed] of [[2, 1], [25, 2], [400, 3], [2000, 4]] as const) {
      const doc = generateLargeFlow(count, seed);
      expect(doc.nodes).toHaveLength(count);
      const result = compileFlow(doc);
      expect(result.problems).toEqual([]);
      expect(result.ok).toBe(true);
    }
  });

  it("mixes many kinds, including menus, conditions, hours and queues", () => {
    const kinds = new Set(generateLargeFlow(500, 9).nodes.map((node) => node.kind));
    for (const kind of ["menu", "play", "condition", "hours", "queue", "ringGroup", "http", "collect"] as const) expect(kinds).toContain(kind);
    expect(kinds.size).toBeGreaterThanOrEqual(nodeKinds.length - 3);
  });

  it("is deterministic for a seed and varies between seeds", () => {
    expect(generateLargeFlow(300, 5)).toEqual(generateLargeFlow(300, 5));
    expect(generateLargeFlow(300, 5)).not.toEqual(generateLargeFlow(300, 6));
  });
});
