import { describe, expect, it } from "vitest";
import { compileFlow } from "../compile/compileFlow";
import { exportFlowDocument, type FlowDocument } from "../document";
import { parseFlowDocument } from "../parseFlowDocument";
import { buildFlow, sketchNode } from "../testing/buildFlow";
import { validateFlow } from "../validate/validateFlow";

const workday = [{ from: "08:00", to: "16:00" }];
const office = {
  timezone: "Europe/Warsaw",
  weekly: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] },
  holidays: [{ date: "2026-12-24", endDate: "2026-12-26", name: "Christmas", yearly: true }],
  exceptions: [],
};
const ownHours = { weekly: { mon: [{ from: "10:00", to: "11:00" }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: [], exceptions: [] };

/** Two business-hours steps, both using the shared "office" schedule. */
function buildSharedFlow(hours: Record<string, unknown> = office, scheduleId = "office"): FlowDocument {
  const doc = buildFlow([
    sketchNode("start", "start", {}),
    sketchNode("reception", "hours", { ...ownHours, scheduleId }, "Reception hours"),
    sketchNode("support", "hours", { ...ownHours, scheduleId }, "Support hours"),
    sketchNode("bye", "hangup", {}),
  ], [
    ["start", "next", "reception"], ["reception", "open", "support"], ["reception", "closed", "bye"],
    ["support", "open", "bye"], ["support", "closed", "bye"],
  ]);
  return { ...doc, schedules: [{ id: "office", name: "Office", hours: hours as FlowDocument["nodes"][number]["data"] }] };
}

describe("shared schedules", () => {
  it("compile into every step that uses them, instead of the step's own hours", () => {
    const result = compileFlow(buildSharedFlow());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ir.nodes.reception?.config).toEqual(office);
    expect(result.ir.nodes.support?.config).toEqual(office);
    // The IR carries the hours themselves: no schedule ids for the engine to look up.
    expect(JSON.stringify(result.ir)).not.toContain("scheduleId");
  });

  it("a step without a schedule keeps its own hours", () => {
    const doc = buildSharedFlow();
    doc.nodes = doc.nodes.map((node) => (node.id === "support" ? { ...node, data: ownHours } : node));
    const result = compileFlow(doc);
    expect(result.ok && result.ir.nodes.support?.config).toEqual(ownHours);
  });

  it("reports a schedule that no longer exists on each step that names it", () => {
    const problems = validateFlow(buildSharedFlow(office, "gone"));
    expect(problems.filter((problem) => problem.code === "FLOW066").map((problem) => problem.nodeId)).toEqual(["reception", "support"]);
    expect(problems[0]?.message.en).toContain("shared schedule that no longer exists");
  });

  it("reports a schedule's own mistakes on the steps that use it, naming the schedule's field", () => {
    const backwards = validateFlow(buildSharedFlow({ ...office, weekly: { ...office.weekly, mon: [{ from: "17:00", to: "09:00" }] } }));
    expect(backwards.filter((problem) => problem.code === "FLOW046").map((problem) => problem.nodeId)).toEqual(["reception", "support"]);
    const broken = validateFlow(buildSharedFlow({ ...office, weekly: "always" }));
    expect(broken.find((problem) => problem.code === "FLOW067")?.message.en).toBe("“Reception hours” uses the shared schedule “Office”, whose “Opening hours” is not valid.");
    expect(broken.find((problem) => problem.code === "FLOW067")?.message.pl).toContain("wspólnego harmonogramu „Office”");
  });

  it("round-trip through export and import, and a document without any exports as before", () => {
    const doc = buildSharedFlow();
    const text = exportFlowDocument(doc);
    const parsed = parseFlowDocument(text);
    expect(parsed.ok && exportFlowDocument(parsed.document)).toBe(text);
    expect(parsed.ok && parsed.document.schedules).toEqual(doc.schedules);
    expect(exportFlowDocument({ ...doc, schedules: [] })).not.toContain("schedules");
  });

  it("format 2 documents upgrade to format 3 unchanged but for the version; format 3 is refused by nothing", () => {
    const v2 = { version: 2, nodes: [{ id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} }], edges: [] };
    expect(parseFlowDocument(v2)).toEqual({ ok: true, document: { ...v2, version: 3 } });
    expect(parseFlowDocument({ ...v2, version: 4 })).toMatchObject({ ok: false, problems: [{ code: "FLOW003" }] });
  });
});
