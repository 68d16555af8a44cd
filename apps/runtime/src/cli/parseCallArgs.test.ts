import { describe, expect, it } from "vitest";
import { parseCallArgs } from "./parseCallArgs";

describe("the call command's --at", () => {
  it("takes a moment with its zone, and explains anything else", () => {
    expect(parseCallArgs(["+48221234567", "--at", "2026-12-24T19:00+01:00", "--from", "+48600100200"])).toMatchObject({ at: "2026-12-24T19:00+01:00", from: "+48600100200" });
    expect(parseCallArgs(["+48221234567"]).at).toBeNull();
    expect(() => parseCallArgs(["+48221234567", "--at", "Saturday 19:00"])).toThrow(/--at Saturday 19:00: give a date and time with its zone/);
    expect(() => parseCallArgs(["+48221234567", "--at", "2026-12-24T19:00"])).toThrow(/with its zone/);
  });
});
