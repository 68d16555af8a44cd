import { describe, expect, it } from "vitest";
import { formatHook } from "./formatHook";
import { parseHook } from "./parseHook";

describe("formatHook / parseHook", () => {
  it("round-trips node id and purpose", () => {
    expect(formatHook("main-menu_2", "gather")).toBe("/n/main-menu_2/gather");
    expect(parseHook(formatHook("main-menu_2", "gather"))).toEqual({ nodeId: "main-menu_2", purpose: "gather" });
  });

  it("rejects hooks the engine never issues", () => {
    for (const hook of ["/menu", "/n/a", "/n/a/b/c", "/n//gather", "/n/a/unknown", "https://x/n/a/gather", "/n/a b/gather"]) {
      expect(parseHook(hook)).toBeNull();
    }
  });
});
