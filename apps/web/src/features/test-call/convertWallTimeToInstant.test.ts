import { describe, expect, it } from "vitest";
import { convertWallTimeToInstant } from "./convertWallTimeToInstant";

describe("convertWallTimeToInstant", () => {
  it("reads a winter and a summer evening in Warsaw with their own offsets", () => {
    expect(convertWallTimeToInstant("2026-12-24", "19:00", "Europe/Warsaw")).toBe("2026-12-24T19:00:00+01:00");
    expect(convertWallTimeToInstant("2026-07-04", "19:00", "Europe/Warsaw")).toBe("2026-07-04T19:00:00+02:00");
    expect(new Date(convertWallTimeToInstant("2026-12-24", "19:00", "Europe/Warsaw")!).toISOString()).toBe("2026-12-24T18:00:00.000Z");
  });

  it("handles zones behind UTC and UTC itself", () => {
    expect(convertWallTimeToInstant("2026-01-10", "08:30", "America/New_York")).toBe("2026-01-10T08:30:00-05:00");
    expect(convertWallTimeToInstant("2026-01-10", "08:30", "UTC")).toBe("2026-01-10T08:30:00+00:00");
  });

  it("moves a time skipped by summer time forward, like a clock", () => {
    // 29 March 2026, 02:30 does not exist in Warsaw: clocks jump from 02:00 to 03:00.
    expect(convertWallTimeToInstant("2026-03-29", "02:30", "Europe/Warsaw")).toBe("2026-03-29T03:30:00+02:00");
  });

  it("gives null for what is not a date, a time or a zone", () => {
    expect(convertWallTimeToInstant("24.12.2026", "19:00", "Europe/Warsaw")).toBeNull();
    expect(convertWallTimeToInstant("2026-12-24", "7pm", "Europe/Warsaw")).toBeNull();
    expect(convertWallTimeToInstant("2026-12-24", "19:00", "Mars/Olympus")).toBeNull();
  });
});
