import { describe, expect, it } from "vitest";
import { toSafeRedirectPath } from "./toSafeRedirectPath";

describe("toSafeRedirectPath", () => {
  it("keeps a path on this site", () => {
    expect(toSafeRedirectPath("/flows/abc?x=1")).toBe("/flows/abc?x=1");
    expect(toSafeRedirectPath("http://127.0.0.1:3105/flows/abc")).toBe("/flows/abc");
  });

  it("never leads to another site", () => {
    expect(toSafeRedirectPath("//evil.example/flows")).toBe("/flows");
    expect(toSafeRedirectPath("https://evil.example//evil.example")).toBe("/flows");
    expect(toSafeRedirectPath("")).toBe("/flows");
  });
});
