import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFlow } from "./compile/compileFlow";
import { exportFlowDocument } from "./document";
import { nodeDefinitions } from "./nodes/registry";
import { nodeKinds } from "./nodes/kinds";
import { parseFlowDocument } from "./parseFlowDocument";
import { generateLargeFlow } from "./testing/generateFlow";
import { hasBlockingProblems } from "./validate/problem";
import { validateFlow } from "./validate/validateFlow";

// Fixed seeds and bounded runs: a failure reproduces, and the suite stays fast on 2 cores.
const settings = { seed: 42, numRuns: 300 };

const ids = fc.oneof({ arbitrary: fc.constantFrom("s", "a", "b", "c", "d"), weight: 30 }, { arbitrary: fc.constantFrom("bad id", ""), weight: 1 });
const ports = fc.constantFrom("next", "failed", "noInput", "invalid", "key:1", "key:2", "open", "closed", "overflow", "else", "rule:r", "success", "error", "bogus");
const kinds = fc.oneof({ arbitrary: fc.constantFrom(...nodeKinds), weight: 30 }, { arbitrary: fc.constant("foo"), weight: 1 });

/** Plausible data for a kind: its defaults with some fields replaced by random JSON. */
const nodeData = (kind: string) => {
  const definition = (nodeDefinitions as Record<string, { defaultData(): unknown }>)[kind];
  const base = (definition?.defaultData() ?? {}) as Record<string, unknown>;
  return fc.dictionary(fc.constantFrom(...Object.keys(base), "keys", "prompt", "rules", "extra"), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 3 })
    .map((overrides) => ({ ...base, ...overrides }));
};

const node = kinds.chain((kind) => fc.record({
  id: ids,
  kind: fc.constant(kind),
  position: fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.integer() }),
  label: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  data: nodeData(kind),
}, { requiredKeys: ["id", "kind", "position", "data"] }));

const edge = fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), source: ids, sourcePort: ports, target: ids });
const shapedDocument = fc.record({ version: fc.oneof({ arbitrary: fc.constant<unknown>(1), weight: 12 }, { arbitrary: fc.constantFrom<unknown>(0, 2, "1", undefined), weight: 1 }), nodes: fc.array(node, { maxLength: 8 }), edges: fc.array(edge, { maxLength: 12 }) });

describe("property: nothing throws", () => {
  it("parseFlowDocument returns problems for any JSON value or text", () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.string()), (input) => {
      const result = parseFlowDocument(input);
      expect(typeof result.ok).toBe("boolean");
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    }), settings);
  });

  it("parse, validate and compile never throw on random flow-shaped documents", () => {
    let parsedCount = 0;
    fc.assert(fc.property(shapedDocument, (raw) => {
      const parsed = parseFlowDocument(raw);
      parsedCount += parsed.ok ? 1 : 0;
      if (!parsed.ok) {
        expect(parsed.problems.every((problem) => problem.message.en && problem.message.pl)).toBe(true);
        return;
      }
      const context = { promptIds: ["p1"], extensions: ["101"], queues: ["sales"], flowIds: ["f1"] };
      const problems = validateFlow(parsed.document, context);
      const compiled = compileFlow(parsed.document, context);
      expect(compiled.ok).toBe(!hasBlockingProblems(problems));
      if (compiled.ok) expect(hasBlockingProblems(compiled.problems)).toBe(false);
      for (const problem of problems) expect(problem.message.en.length * problem.message.pl.length).toBeGreaterThan(0);
    }), settings);
    // Guards the generator itself: most runs must get past parsing to exercise validation.
    expect(parsedCount).toBeGreaterThan(settings.numRuns / 4);
  });

  it("every parsed document exports to text that parses back identically", () => {
    fc.assert(fc.property(shapedDocument, (raw) => {
      const parsed = parseFlowDocument(raw);
      if (!parsed.ok) return;
      const text = exportFlowDocument(parsed.document);
      const again = parseFlowDocument(text);
      expect(again.ok && exportFlowDocument(again.document)).toBe(text);
    }), settings);
  });
});

describe("property: valid flows compile deterministically", () => {
  it("the same flow, in any node and edge order, compiles to byte-identical JSON", () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 120 }), fc.integer(), fc.integer(), (count, seed, shuffleSeed) => {
      const doc = generateLargeFlow(count, seed);
      const first = compileFlow(doc);
      expect(first.ok).toBe(true);
      const order = (items: readonly unknown[]) => items.map((item, index) => ({ item, key: Math.imul(index + 1, shuffleSeed | 1) >>> 0 }))
        .sort((a, b) => a.key - b.key).map((entry) => entry.item);
      const shuffled = { ...doc, nodes: order(doc.nodes) as typeof doc.nodes, edges: order(doc.edges) as typeof doc.edges };
      const second = compileFlow(shuffled);
      expect(second.ok && first.ok && JSON.stringify(second.ir) === JSON.stringify(first.ir)).toBe(true);
    }), { seed: 42, numRuns: 60 });
  });
});
