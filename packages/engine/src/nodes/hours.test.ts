import { describe, expect, it } from "vitest";
import { compileTestFlow, sketchNode } from "../testing/compileTestFlow";
import { ScriptedCall } from "../testing/scriptedCall";
import { say } from "../testing/testPrompts";

const officeHours = { from: "08:00", to: "16:00" };

function buildHoursFlow(timezone?: string) {
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("hours", "hours", {
        ...(timezone === undefined ? {} : { timezone }),
        weekly: { mon: [officeHours], tue: [officeHours], wed: [officeHours], thu: [officeHours], fri: [officeHours], sat: [{ from: "09:00", to: "12:00" }], sun: [] },
        holidays: [{ date: "2026-12-25", name: "Boże Narodzenie" }],
        exceptions: [{ date: "2026-12-24", ranges: [] }, { date: "2026-12-31", ranges: [{ from: "08:00", to: "11:00" }] }],
      }),
      sketchNode("open", "hangup", { prompt: say("Otwarte.") }),
      sketchNode("closed", "hangup", { prompt: say("Zamknięte.") }),
      sketchNode("holiday", "hangup", { prompt: say("Święto.") }),
    ],
    [["start", "next", "hours"], ["hours", "open", "open"], ["hours", "closed", "closed"], ["hours", "holiday", "holiday"]],
  );
}

function routeAt(at: number, timezone?: string): string | undefined {
  const call = new ScriptedCall(buildHoursFlow(timezone), { at });
  call.start();
  return call.path.at(-1);
}

describe("hours", () => {
  it("is open on a weekday inside the range, in the tenant's zone", () => {
    expect(routeAt(Date.UTC(2026, 2, 10, 9, 0))).toBe("open"); // Tue 10:00 Warsaw
  });

  it("treats the end of a range as closed", () => {
    expect(routeAt(Date.UTC(2026, 2, 10, 15, 0))).toBe("closed"); // Tue 16:00 Warsaw
    expect(routeAt(Date.UTC(2026, 2, 10, 14, 59))).toBe("open"); // Tue 15:59
  });

  it("is closed at night and on a day without ranges", () => {
    expect(routeAt(Date.UTC(2026, 2, 15, 2, 0))).toBe("closed"); // Sun 03:00
    expect(routeAt(Date.UTC(2026, 2, 10, 5, 30))).toBe("closed"); // Tue 06:30
  });

  it("follows summer time", () => {
    expect(routeAt(Date.UTC(2026, 6, 7, 6, 30))).toBe("open"); // Tue 08:30 CEST
  });

  it("takes holiday on a holiday, even inside opening hours", () => {
    expect(routeAt(Date.UTC(2026, 11, 25, 10, 0))).toBe("holiday");
  });

  it("uses a special day's ranges, and none means closed", () => {
    expect(routeAt(Date.UTC(2026, 11, 24, 10, 0))).toBe("closed"); // Thu with an empty exception
    expect(routeAt(Date.UTC(2026, 11, 31, 9, 0))).toBe("open"); // 10:00 Warsaw
    expect(routeAt(Date.UTC(2026, 11, 31, 11, 0))).toBe("closed"); // 12:00 Warsaw
  });

  it("uses the node's own zone when it has one", () => {
    // Tue 10:00 in Warsaw is 04:00 in New York.
    expect(routeAt(Date.UTC(2026, 2, 10, 9, 0), "America/New_York")).toBe("closed");
  });
});
