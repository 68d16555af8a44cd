import { describe, expect, it } from "vitest";
import { isHolidayOn } from "./evaluateHours";

describe("holidays", () => {
  it("matches one day, or every day of a range, in the year given", () => {
    expect(isHolidayOn({ date: "2026-11-11", name: "x" }, "2026-11-11")).toBe(true);
    expect(isHolidayOn({ date: "2026-11-11", name: "x" }, "2027-11-11")).toBe(false);
    const christmas = { date: "2026-12-24", endDate: "2026-12-26", name: "x" };
    expect(["2026-12-23", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-27", "2027-12-25"].map((d) => isHolidayOn(christmas, d))).toEqual([false, true, true, true, false, false]);
  });

  it("repeats a yearly one on the same dates every year, a range across New Year included", () => {
    const christmas = { date: "2026-12-24", endDate: "2026-12-26", name: "x", yearly: true };
    expect(["2031-12-23", "2031-12-24", "2031-12-26", "2031-12-27", "2020-12-25"].map((d) => isHolidayOn(christmas, d))).toEqual([false, true, true, false, true]);
    const newYear = { date: "2026-12-31", endDate: "2027-01-02", name: "x", yearly: true };
    expect(["2030-12-30", "2030-12-31", "2031-01-01", "2031-01-02", "2031-01-03"].map((d) => isHolidayOn(newYear, d))).toEqual([false, true, true, true, false]);
    expect(isHolidayOn({ date: "2024-05-01", name: "x", yearly: true }, "2029-05-01")).toBe(true);
    expect(isHolidayOn({ date: "2024-05-01", name: "x", yearly: true }, "2029-05-02")).toBe(false);
  });
});
