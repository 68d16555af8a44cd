import { describe, expect, it } from "vitest";
import { exportFlowDocument } from "./document";
import { parseFlowDocument } from "./parseFlowDocument";
import { generateLargeFlow } from "./testing/generateFlow";

const raw = {
  version: 1,
  nodes: [
    { id: "s", kind: "start", position: { x: 0, y: 0 }, data: {} },
    { id: "m", kind: "menu", label: "Main menu", position: { x: 240.5, y: -10 },
      data: { prompt: { type: "tts", text: "Wybierz", language: "pl-PL" }, keys: ["1"], custom: { z: 1, a: [2, { y: null }] } } },
  ],
  edges: [{ id: "e1", source: "s", sourcePort: "next", target: "m" }],
};

describe("flow document", () => {
  it("round-trips exactly through export and import", () => {
    const first = parseFlowDocument(raw);
    if (!first.ok) throw new Error("expected a valid document");
    const text = exportFlowDocument(first.document);
    const second = parseFlowDocument(text);
    expect(second).toEqual({ ok: true, document: first.document });
    if (second.ok) expect(exportFlowDocument(second.document)).toBe(text);
  });

  it("keeps the data it does not know and does not fill defaults into the stored document", () => {
    const result = parseFlowDocument(raw);
    expect(result.ok && result.document.nodes[1]?.data).toEqual(raw.nodes[1]?.data);
  });

  it("exports stable JSON: the same document gives the same text whatever the key order", () => {
    const shuffled = { edges: raw.edges, nodes: raw.nodes.map((node) => ({ data: node.data, ...node })), version: 1 };
    const a = parseFlowDocument(raw);
    const b = parseFlowDocument(shuffled);
    expect(a.ok && b.ok && exportFlowDocument(a.document) === exportFlowDocument(b.document)).toBe(true);
  });

  it("round-trips a large generated flow", () => {
    const doc = generateLargeFlow(300, 7);
    const result = parseFlowDocument(exportFlowDocument(doc));
    expect(result).toEqual({ ok: true, document: doc });
  });

  it("names an unknown kind and a bad id in plain language", () => {
    const result = parseFlowDocument({ ...raw, nodes: [{ ...raw.nodes[0], id: "abc", kind: "foo" }, { ...raw.nodes[0], id: "a b" }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message.en)).toEqual([
      "Node “abc” has an unknown kind “foo”.",
      "Node “a b” has an id that is not allowed: use 1 to 64 letters, digits, “-” or “_”.",
    ]);
    expect(result.problems[0]?.message.pl).toBe("Węzeł „abc” ma nieznany rodzaj „foo”.");
  });

  it("refuses a document without a version, and one from the future, with clear errors", () => {
    const { version: _, ...unversioned } = raw;
    expect(parseFlowDocument(unversioned)).toMatchObject({ ok: false, problems: [{ code: "FLOW002" }] });
    const future = parseFlowDocument({ ...raw, version: 4 });
    expect(future).toMatchObject({ ok: false, problems: [{ code: "FLOW003" }] });
    expect(!future.ok && future.problems[0]?.message.en).toContain("format version 4");
  });

  it("refuses things that are not flows", () => {
    for (const input of [null, 42, "[]", [], "", undefined]) {
      expect(parseFlowDocument(input)).toMatchObject({ ok: false, problems: [{ code: "FLOW001" }] });
    }
  });

  it("points at the damaged part of a document", () => {
    const result = parseFlowDocument({ ...raw, edges: [{ id: "e1", source: "s", target: "m" }] });
    expect(result).toMatchObject({ ok: false, problems: [{ code: "FLOW008" }] });
    expect(!result.ok && result.problems[0]?.message.en).toContain("connection “e1”, sourcePort");
  });
});
