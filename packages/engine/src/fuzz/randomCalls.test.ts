import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFlow, nodeKinds, type FlowIR } from "@centrala/flow";
import { generateLargeFlow } from "../../../flow/src/testing/generateFlow";
import { fixtureFlows } from "../testing/fixtureFlows";
import { buildKitchenSinkFlow } from "../testing/kitchenSinkFlow";
import { playRandomCall } from "../testing/playRandomCall";
import { randomCallScript } from "../testing/randomCallScript";

// Fixed seed and bounded runs: the same cases every run, a failure is reproducible.
const seed = 20_261_125;

function compileGenerated(nodeCount: number, flowSeed: number): FlowIR {
  const result = compileFlow(generateLargeFlow(nodeCount, flowSeed));
  if (!result.ok) throw new Error(`generated flow ${nodeCount}/${flowSeed} does not compile`);
  return result.ir;
}

const kitchenSink = buildKitchenSinkFlow();
const generated = [[12, 1], [25, 2], [40, 3], [60, 4], [90, 5], [150, 6]].map(([count, flowSeed]) => compileGenerated(count as number, flowSeed as number));

describe("random calls", () => {
  it("never break the kitchen-sink flow (every node kind)", () => {
    fc.assert(fc.property(randomCallScript, (script) => {
      playRandomCall(kitchenSink, script, generated[0] as FlowIR);
    }), { seed, numRuns: 400 });
  });

  it("never break the fixture flows (bank hotline, clinic, support line)", () => {
    const fixtures = Object.values(fixtureFlows);
    fc.assert(fc.property(fc.nat(fixtures.length - 1), randomCallScript, (index, script) => {
      playRandomCall(fixtures[index] as FlowIR, script, kitchenSink);
    }), { seed, numRuns: 400 });
  });

  it("never break generated flows", () => {
    fc.assert(fc.property(fc.nat(generated.length - 1), randomCallScript, (index, script) => {
      playRandomCall(generated[index] as FlowIR, script, kitchenSink);
    }), { seed, numRuns: 300 });
  });

  it("reach every node kind of the kitchen-sink flow across the runs", () => {
    // Guards the two properties above against passing vacuously (calls that never get far).
    const kinds = new Set<string>();
    fc.assert(fc.property(randomCallScript, (script) => {
      for (const effect of playRandomCall(kitchenSink, script, generated[0] as FlowIR).effects) {
        if (effect.type === "trace" && effect.record.name === "nodeEntered") kinds.add(effect.record.kind);
      }
    }), { seed, numRuns: 1000 });
    expect([...kinds].sort()).toEqual([...nodeKinds].sort());
  });
});
