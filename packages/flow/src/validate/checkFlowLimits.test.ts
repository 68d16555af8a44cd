import { describe, expect, it } from "vitest";
import type { FlowDocument } from "../document";
import { parseFlowDocument } from "../parseFlowDocument";
import { buildFlow, sketchNode } from "../testing/buildFlow";
import { checkFlowLimits } from "./checkFlowLimits";
import { validateFlow } from "./validateFlow";

function buildDraft(text: string): FlowDocument {
  return buildFlow([
    sketchNode("start", "start", {}),
    sketchNode("hello", "play", { prompt: { type: "tts", text, language: "pl-PL" } }, "Welcome"),
    // Unfinished: a menu without its prompt and keys, as a draft may be.
    sketchNode("menu", "menu", {} as never),
  ], [["start", "next", "hello"]]);
}

describe("checkFlowLimits", () => {
  it("lets an unfinished draft through: only limits count, not missing settings or connections", () => {
    expect(checkFlowLimits(buildDraft("Dzień dobry"))).toEqual([]);
    expect(validateFlow(buildDraft("Dzień dobry")).length).toBeGreaterThan(0);
  });

  it("refuses a 10 MB prompt text, naming the step and the limit, as publishing does", () => {
    const draft = buildDraft("a".repeat(10 * 1024 * 1024));
    const problems = checkFlowLimits(draft);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "FLOW014", nodeId: "hello", severity: "error" });
    expect(problems[0]?.message.en).toBe("The settings of “Welcome” are too large (more than 100 KB). Shorten its texts or lists.");
    expect(problems[0]?.message.pl).toBe("Ustawienia kroku „Welcome” są zbyt duże (ponad 100 KB). Skróć teksty lub listy.");
    expect(validateFlow(draft)).toContainEqual(problems[0]);
  });

  it("refuses a text over its field's own limit with the field's name", () => {
    const problems = checkFlowLimits(buildDraft("a".repeat(2001)));
    expect(problems).toMatchObject([{ code: "FLOW012", nodeId: "hello" }]);
    expect(problems[0]?.message.en).toContain("at most 2000 character(s)");
    expect(validateFlow(buildDraft("a".repeat(2001)))).toContainEqual(problems[0]);
  });

  it("counts settings no field names (they would be stored all the same)", () => {
    const draft = buildDraft("ok");
    draft.nodes[1] = { ...draft.nodes[1]!, data: { ...draft.nodes[1]!.data, junk: "x".repeat(200_000) } };
    expect(checkFlowLimits(draft)).toMatchObject([{ code: "FLOW014", nodeId: "hello" }]);
  });

  it("holds shared schedules to the same limits", () => {
    const holidays = Array.from({ length: 101 }, (_, i) => ({ date: "2026-01-01", name: `Day ${i}` }));
    const draft: FlowDocument = { ...buildDraft("ok"), schedules: [{ id: "office", name: "Office", hours: { weekly: {}, holidays } }] };
    const problems = checkFlowLimits(draft);
    expect(problems).toMatchObject([{ code: "FLOW012" }]);
    expect(problems[0]?.message.en).toContain("“Office”");
    expect(problems[0]?.nodeId).toBeUndefined();
  });

  it("a flow over 20,000 steps is refused when read, in plain words", () => {
    const nodes = Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}`, kind: "hangup", position: { x: 0, y: 0 }, data: {} }));
    const parsed = parseFlowDocument({ version: 3, nodes, edges: [] });
    expect(parsed).toMatchObject({ ok: false, problems: [{ code: "FLOW015" }] });
    expect(!parsed.ok && parsed.problems[0]?.message.en).toContain("more steps than allowed (20000)");
  });
});
