import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

const workday = [{ from: "08:00", to: "16:00" }];
const weekly = { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] };

describe("hours", () => {
  it("accepts a weekly schedule with holidays", () => {
    expect(validateNode("hours", { timezone: "Europe/Warsaw", weekly, holidays: [{ date: "2026-11-11", name: "Święto Niepodległości" }] })).toEqual([]);
  });
  it("reports a missing closed path on the closed port", () => {
    expect(validateNode("hours", { weekly }, {}, { skipPorts: ["closed"] })).toMatchObject([{ code: "FLOW033", nodeId: "x", port: "closed" }]);
  });
  it("reports a backwards range, an unknown time zone and a date that does not exist", () => {
    const problems = validateNode("hours", {
      timezone: "Mars/Olympus",
      weekly: { ...weekly, mon: [{ from: "17:00", to: "09:00" }] },
      holidays: [{ date: "2026-02-30", name: "?" }],
    });
    expect(problems.map((problem) => problem.code)).toEqual(["FLOW048", "FLOW046", "FLOW049"]);
    expect(problems[1]?.message.en).toContain("17:00–09:00 (Monday)");
  });
  it("rejects a malformed time", () => {
    expect(validateNode("hours", { weekly: { ...weekly, tue: [{ from: "9:00", to: "17:00" }] } }))
      .toMatchObject([{ code: "FLOW013", nodeId: "x" }]);
  });
  it("compiles with empty days, holidays and exceptions filled in", () => {
    expect(compileNode("hours", { weekly: { mon: workday } } as never).config).toEqual({
      weekly: { mon: workday, tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: [], exceptions: [],
    });
  });
});
