import { describe, expect, it } from "vitest";
import { checkConnection } from "./checkConnection";
import { createTestDocument } from "./testDocument";

describe("checkConnection", () => {
  const doc = createTestDocument();

  it("accepts a free exit into another step", () => {
    expect(checkConnection(doc, { source: "menu", sourcePort: "noInput", target: "sales" })).toEqual({ ok: true });
  });

  it("refuses an exit that already leads somewhere, unless replacing", () => {
    expect(checkConnection(doc, { source: "menu", sourcePort: "key:1", target: "support" })).toEqual({ ok: false, reason: "portUsed" });
    expect(checkConnection(doc, { source: "menu", sourcePort: "key:1", target: "support" }, { replace: true })).toEqual({ ok: true });
  });

  it("refuses connecting into the incoming-call step and a loop from it", () => {
    expect(checkConnection(doc, { source: "sales", sourcePort: "next", target: "start" })).toEqual({ ok: false, reason: "intoStart" });
    expect(checkConnection(doc, { source: "start", sourcePort: "next", target: "start" })).toEqual({ ok: false, reason: "startSelfLoop" });
  });

  it("refuses exits the step does not have and steps that do not exist", () => {
    expect(checkConnection(doc, { source: "menu", sourcePort: "key:7", target: "sales" })).toEqual({ ok: false, reason: "unknownPort" });
    expect(checkConnection(doc, { source: "menu", sourcePort: null, target: "sales" })).toEqual({ ok: false, reason: "unknownPort" });
    expect(checkConnection(doc, { source: "menu", sourcePort: "noInput", target: "ghost" })).toEqual({ ok: false, reason: "unknownNode" });
  });
});
