import { describe, expect, it } from "vitest";
import { listPolishHolidays } from "./listPolishHolidays";

describe("listPolishHolidays", () => {
  it("finds the movable feasts from Easter", () => {
    const dates = Object.fromEntries(listPolishHolidays(2026).map((holiday) => [holiday.name.en, holiday.date]));
    expect(dates["Easter Sunday"]).toBe("2026-04-05");
    expect(dates["Easter Monday"]).toBe("2026-04-06");
    expect(dates["Pentecost"]).toBe("2026-05-24");
    expect(dates["Corpus Christi"]).toBe("2026-06-04");
  });

  it("includes Christmas Eve only from 2025, when it became a day off", () => {
    expect(listPolishHolidays(2024).some((holiday) => holiday.date === "2024-12-24")).toBe(false);
    expect(listPolishHolidays(2025).some((holiday) => holiday.date === "2025-12-24")).toBe(true);
    expect(listPolishHolidays(2025)).toHaveLength(14);
  });
});
