import { describe, expect, it } from "vitest";
import { convertZonedDayToInstant } from "./convertZonedDayToInstant";

describe("convertZonedDayToInstant", () => {
  it("starts the day in the organisation's time zone, winter and summer", () => {
    expect(convertZonedDayToInstant("2026-12-02", "Europe/Warsaw").toISOString()).toBe("2026-12-01T23:00:00.000Z");
    expect(convertZonedDayToInstant("2026-07-01", "Europe/Warsaw").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(convertZonedDayToInstant("2026-12-31", "Europe/Warsaw", 1).toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(convertZonedDayToInstant("2026-03-29", "Europe/Warsaw", 1).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(convertZonedDayToInstant("2026-12-02", "UTC").toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });
});
