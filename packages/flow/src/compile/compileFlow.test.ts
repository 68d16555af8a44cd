import { describe, expect, it } from "vitest";
import { buildFlow, sketchNode } from "../testing/buildFlow";
import { generateLargeFlow } from "../testing/generateFlow";
import { compileFlow } from "./compileFlow";

const say = (text: string) => ({ type: "tts", text, language: "en-US" }) as const;
const flow = buildFlow([
  sketchNode("s", "start", {}, "Incoming"),
  sketchNode("m", "menu", { prompt: say("Press 1"), keys: ["1"] }, "Main menu"),
  sketchNode("p", "play", { prompt: say("Hello {{caller}}") }),
  sketchNode("bye", "hangup", {}),
], [["s", "next", "m"], ["m", "key:1", "p"], ["m", "noInput", "bye"], ["p", "next", "m"]]);

describe("compileFlow", () => {
  it("compiles to IR with configs, connected exits only, and no positions or labels", () => {
    const result = compileFlow(flow);
    expect(result).toEqual({
      ok: true, problems: [],
      ir: {
        version: 1, start: "s",
        nodes: {
          s: { kind: "start", config: {}, next: { next: "m" } },
          m: { kind: "menu", config: { prompt: say("Press 1"), keys: ["1"], timeoutSeconds: 5, maxAttempts: 3 }, next: { "key:1": "p", noInput: "bye" } },
          p: { kind: "play", config: { prompt: say("Hello {{caller}}"), repeat: 1 }, next: { next: "m" } },
          bye: { kind: "hangup", config: {}, next: {} },
        },
      },
    });
    expect(JSON.stringify(result)).not.toMatch(/position|Main menu|Incoming/);
  });

  it("gives byte-identical JSON for the same flow, however it is ordered", () => {
    const reordered = { ...flow, nodes: [...flow.nodes].reverse(), edges: [...flow.edges].reverse() };
    const a = compileFlow(flow);
    const b = compileFlow(reordered);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(JSON.stringify(b.ir)).toBe(JSON.stringify(a.ir));
  });

  it("sorts keys at every level", () => {
    const result = compileFlow(generateLargeFlow(60, 3));
    if (!result.ok) throw new Error("expected to compile");
    const check = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(check);
      if (typeof value !== "object" || value === null) return;
      const keys = Object.keys(value);
      expect(keys).toEqual([...keys].sort());
      Object.values(value).forEach(check);
    };
    check(result.ir);
  });

  it("refuses to compile while errors remain, and returns them", () => {
    const broken = buildFlow([sketchNode("s", "start", {})], []);
    expect(compileFlow(broken)).toMatchObject({ ok: false, problems: [{ code: "FLOW022", nodeId: "s", port: "next" }] });
  });

  it("compiles despite warnings and hands them back", () => {
    const withWarning = buildFlow([...flow.nodes.map((node) => sketchNode(node.id, node.kind, node.data as never)), sketchNode("lost", "hangup", {})],
      flow.edges.map((edge) => [edge.source, edge.sourcePort, edge.target] as const));
    const result = compileFlow(withWarning);
    expect(result).toMatchObject({ ok: true, problems: [{ code: "FLOW027", severity: "warning", nodeId: "lost" }] });
  });

  it("checks references against the tenant's lists", () => {
    const toQueue = buildFlow([sketchNode("s", "start", {}), sketchNode("q", "queue", { queueId: "q-sales" }), sketchNode("bye", "hangup", {})],
      [["s", "next", "q"], ["q", "overflow", "bye"]]);
    expect(compileFlow(toQueue, { queues: [{ id: "q-sales", label: "Sales" }] }).ok).toBe(true);
    expect(compileFlow(toQueue, { queues: [{ id: "q-support", label: "Sales" }] })).toMatchObject({ ok: false, problems: [{ code: "FLOW051" }] });
  });
});
