import { compileFlow, type FlowDocument } from "@centrala/flow";
import { describe, expect, it } from "vitest";
import { buildFlow, sketchNode } from "../../../flow/src/testing/buildFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

const day = [{ from: "09:00", to: "17:00" }];
const office = {
  weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [{ from: "09:00", to: "13:00" }], sun: [] },
  // Christmas Eve to Boxing Day, every year; a one-off day off in 2026.
  holidays: [{ date: "2025-12-24", endDate: "2025-12-26", name: "Święta", yearly: true }, { date: "2026-06-05", name: "Remont" }],
  exceptions: [],
};
const never = { weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: [], exceptions: [] };

/** Reception hours, then support hours: two steps sharing one schedule, each with its own way out. */
function buildSharedScheduleFlow(hours: object): FlowDocument {
  const doc = buildFlow([
    sketchNode("start", "start", {}),
    sketchNode("reception", "hours", { ...never, scheduleId: "office" }),
    sketchNode("support", "hours", { ...never, scheduleId: "office" }),
    sketchNode("open", "hangup", { prompt: say("Otwarte.") }),
    sketchNode("closed", "hangup", { prompt: say("Zamknięte.") }),
    sketchNode("holiday", "hangup", { prompt: say("Święto.") }),
  ], [
    ["start", "next", "reception"], ["reception", "open", "support"], ["reception", "closed", "closed"], ["reception", "holiday", "holiday"],
    ["support", "open", "open"], ["support", "closed", "closed"],
  ]);
  return { ...doc, schedules: [{ id: "office", name: "Biuro", hours: hours as Record<string, never> }] };
}

function routeAt(doc: FlowDocument, at: number): string[] {
  const compiled = compileFlow(doc);
  if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message.en).join("; "));
  const call = new ScriptedCall(compiled.ir, { at });
  call.start();
  return call.path;
}

describe("hours steps sharing one schedule", () => {
  it("both follow the schedule, not their own (always closed) hours", () => {
    expect(routeAt(buildSharedScheduleFlow(office), Date.UTC(2026, 2, 10, 9, 0))).toEqual(["start", "reception", "support", "open"]); // Tue 10:00 Warsaw
    expect(routeAt(buildSharedScheduleFlow(office), Date.UTC(2026, 2, 14, 13, 0))).toEqual(["start", "reception", "closed"]); // Sat 14:00
  });

  it("a yearly holiday range holds in a later year: Saturday 24 December 2033 at 19:00", () => {
    expect(routeAt(buildSharedScheduleFlow(office), Date.UTC(2033, 11, 24, 18, 0))).toEqual(["start", "reception", "holiday"]);
    expect(routeAt(buildSharedScheduleFlow(office), Date.UTC(2033, 11, 27, 10, 0))).toEqual(["start", "reception", "support", "open"]); // Tue 27th, 11:00
  });

  it("a one-off holiday holds only in its year", () => {
    expect(routeAt(buildSharedScheduleFlow(office), Date.UTC(2026, 5, 5, 9, 0))).toEqual(["start", "reception", "holiday"]);
    expect(routeAt(buildSharedScheduleFlow(office), Date.UTC(2025, 5, 5, 9, 0))).toEqual(["start", "reception", "support", "open"]); // Thu 2025
  });

  it("changing the schedule once changes what every step does", () => {
    const shorter = { ...office, weekly: { ...office.weekly, tue: [{ from: "09:00", to: "10:00" }] } };
    expect(routeAt(buildSharedScheduleFlow(shorter), Date.UTC(2026, 2, 10, 9, 30))).toEqual(["start", "reception", "closed"]); // Tue 10:30
  });
});
