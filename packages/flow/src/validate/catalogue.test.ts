import { describe, expect, it } from "vitest";
import { parseFlowDocument } from "../parseFlowDocument";
import { upgradeFlowDocument } from "../migrations/upgradeFlowDocument";
import { buildFlow, sketchNode } from "../testing/buildFlow";
import { validateNode, placeNode } from "../testing/checkNode";
import { problemCatalogue, type ProblemCode } from "./catalogue";
import type { Problem } from "./problem";
import { validateFlow } from "./validateFlow";

const say = (text: string) => ({ type: "tts", text, language: "pl-PL" }) as const;
const start = sketchNode("s", "start", {});
const end = sketchNode("end", "hangup", {});
const parseProblems = (json: unknown): Problem[] => {
  const result = parseFlowDocument(json);
  return result.ok ? [] : result.problems;
};
const goodNode = { id: "a", kind: "hangup", position: { x: 0, y: 0 }, data: {} };

// One scenario per catalogue code, as a user would cause it. The last test fails when a code is
// added to the catalogue without a scenario here.
const scenarios: Record<ProblemCode, () => Problem[]> = {
  FLOW001: () => parseProblems("{ not json"),
  FLOW002: () => parseProblems({ nodes: [], edges: [] }),
  FLOW003: () => parseProblems({ version: 7, nodes: [], edges: [] }),
  FLOW004: () => parseProblems({ version: 1, nodes: [{ ...goodNode, id: "abc", kind: "foo" }], edges: [] }),
  FLOW005: () => parseProblems({ version: 1, nodes: [{ ...goodNode, id: "no spaces" }], edges: [] }),
  FLOW006: () => validateFlow({ ...buildFlow([start, end], [["s", "next", "end"]]), nodes: [...placeNode("hangup", {}).nodes, ...placeNode("hangup", {}).nodes] }),
  FLOW007: () => validateFlow({ ...buildFlow([start, end], []), edges: [1, 2].map(() => ({ id: "e1", source: "s", sourcePort: "next", target: "end" })) }),
  FLOW008: () => parseProblems({ version: 1, nodes: [{ ...goodNode, position: { x: "left" } }], edges: [] }),
  FLOW009: () => { const result = upgradeFlowDocument({ version: 0 }); return result.ok ? [] : result.problems; },
  FLOW010: () => validateNode("queue", { queueId: "" }),
  FLOW011: () => validateNode("menu", { prompt: say("x"), keys: ["1"], timeoutSeconds: 0 }),
  FLOW012: () => validateNode("menu", { prompt: say("x"), keys: ["1"], maxAttempts: 99 }),
  FLOW014: () => validateNode("play", { prompt: say("x".repeat(200_000)) }),
  FLOW015: () => parseProblems({ version: 3, nodes: Array.from({ length: 20_001 }, (_, i) => ({ ...goodNode, id: `n${i}` })), edges: [] }),
  FLOW013: () => validateNode("menu", { prompt: say("x"), keys: ["A" as "1"] }),
  FLOW020: () => validateFlow(buildFlow([end], [])),
  FLOW021: () => validateFlow(buildFlow([start, sketchNode("s2", "start", {}), end], [["s", "next", "end"], ["s2", "next", "end"]])),
  FLOW022: () => validateFlow(buildFlow([start], [])),
  FLOW023: () => validateFlow(buildFlow([start], [["s", "next", "gone"]])),
  FLOW024: () => validateFlow(buildFlow([start, end], [["s", "next", "end"], ["gone", "next", "end"]])),
  FLOW025: () => validateFlow(buildFlow([start, end], [["s", "next", "end"], ["s", "other", "end"]])),
  FLOW026: () => validateFlow({ ...buildFlow([start, end], []), edges: ["e1", "e2"].map((id) => ({ id, source: "s", sourcePort: "next", target: "end" })) }),
  FLOW027: () => validateFlow(buildFlow([start, end, sketchNode("lost", "hangup", {})], [["s", "next", "end"]])),
  FLOW028: () => validateFlow(buildFlow([
    start,
    sketchNode("v", "setVariable", { assignments: [{ variable: "n", value: "1" }] }),
    sketchNode("c", "condition", { rules: [{ id: "r", tests: [{ left: { var: "n" }, op: "eq", right: { value: "1" } }] }] }),
    end,
  ], [["s", "next", "v"], ["v", "next", "c"], ["c", "rule:r", "v"], ["c", "else", "end"]])),
  FLOW030: () => validateNode("menu", { prompt: say("x"), keys: ["1"] }, {}, { skipPorts: ["noInput"] }),
  FLOW031: () => validateNode("menu", { prompt: say("x"), keys: ["1", "1"] }),
  FLOW032: () => validateNode("queue", { queueId: "sales" }, {}, { skipPorts: ["overflow"] }),
  FLOW033: () => validateNode("hours", { weekly: {} } as never, {}, { skipPorts: ["closed"] }),
  FLOW034: () => validateNode("play", { prompt: { type: "library", promptId: "welcome" } }, { promptIds: [] }),
  FLOW035: () => validateNode("play", { prompt: { type: "library", promptId: "" } }),
  FLOW036: () => validateNode("play", { prompt: say("") }),
  FLOW037: () => validateNode("transfer", { target: { type: "external", number: "0048" } }),
  FLOW038: () => validateNode("play", { prompt: say("Saldo: {{balance}}") }),
  FLOW039: () => validateNode("ringGroup", { extensions: ["999"] }, { extensions: ["101"] }),
  FLOW040: () => validateNode("queue", { queueId: "", queueName: "nope" }, { queues: [{ id: "q1", label: "sales" }] }),
  FLOW041: () => validateNode("gotoFlow", { flowId: "nope" }, { flowIds: [] }),
  FLOW042: () => validateNode("http", { url: "javascript:alert(1)" }),
  FLOW043: () => validateNode("collect", { prompt: say("x"), variable: "pin", minDigits: 5, maxDigits: 4 }),
  FLOW044: () => validateNode("collect", { prompt: say("x"), variable: "pin", maxDigits: 4, pattern: "(" }),
  FLOW045: () => validateNode("condition", { rules: [1, 2].map(() => ({ id: "r", tests: [{ left: { var: "caller" }, op: "notEmpty" as const }] })) }),
  FLOW046: () => validateNode("hours", { weekly: { mon: [{ from: "12:00", to: "12:00" }] } } as never),
  FLOW047: () => validateNode("setVariable", { assignments: [{ variable: "caller", value: "x" }] }),
  FLOW048: () => validateNode("hours", { timezone: "Europe/Atlantis", weekly: {} } as never),
  FLOW049: () => validateNode("hours", { weekly: {}, holidays: [{ date: "2025-02-29", name: "x" }] } as never),
  FLOW050: () => validateNode("condition", { rules: [{ id: "r", tests: [{ left: { var: "caller" }, op: "lt" }] }] }),
  FLOW051: () => validateNode("queue", { queueId: "deleted" }, { queues: [{ id: "q1", label: "sales" }] }),
  FLOW060: () => validateNode("http", { url: "https://crm.example.com/x", method: "POST", body: "{\"account\": {{account}}}" }),
  FLOW065: () => validateNode("hours", { weekly: {}, holidays: [{ date: "2026-12-26", endDate: "2026-12-24", name: "Święta" }] } as never),
  FLOW066: () => validateNode("hours", { weekly: {}, scheduleId: "gone" } as never),
  FLOW067: () => validateFlow({ ...placeNode("hours", { weekly: {}, scheduleId: "office" } as never), schedules: [{ id: "office", name: "Office", hours: { weekly: "always" } }] }),
  FLOW061: () => validateNode("http", { url: "https://crm.example.com/x", method: "GET", body: "{}" }),
};

describe("problem catalogue", () => {
  for (const [code, scenario] of Object.entries(scenarios) as [ProblemCode, () => Problem[]][]) {
    it(`${code} is reported with its catalogue severity and readable messages`, () => {
      const problem = scenario().find((candidate) => candidate.code === code);
      expect(problem, `${code} not produced`).toBeDefined();
      expect(problem?.severity).toBe(problemCatalogue[code].severity);
      for (const text of [problem?.message.en ?? "", problem?.message.pl ?? ""]) {
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toMatch(/undefined|\[object|NaN/);
      }
      expect(problem?.message.en).not.toBe(problem?.message.pl);
    });
  }

  it("has a scenario for every code", () => {
    expect(Object.keys(scenarios).sort()).toEqual(Object.keys(problemCatalogue).sort());
  });

  it("names the node by its label, or by its kind name in each language", () => {
    const [labelled] = validateNode("play", { prompt: say("") }, {}, { label: "Powitanie" });
    expect(labelled?.message).toEqual({
      en: "In “Powitanie”, the text to read out for “Message” is empty.",
      pl: "W kroku „Powitanie” tekst do odczytania w polu „Komunikat” jest pusty.",
    });
    const [unlabelled] = validateNode("play", { prompt: say("") });
    expect(unlabelled?.message.en).toContain("“Play message”");
    expect(unlabelled?.message.pl).toContain("„Odtwórz komunikat”");
  });

  it("says what to fill in with the field's label, in Polish plural forms too", () => {
    const [problem] = validateNode("menu", { prompt: say("x"), keys: Array.from({ length: 13 }, () => "1" as const) });
    expect(problem?.message.pl).toBe("W kroku „Menu tonowe” pole „Klawisze” może mieć najwyżej 12 elementów.");
  });
});
