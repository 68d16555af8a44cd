import { describe, expect, it } from "vitest";
import type { FlowDocument } from "@centrala/flow";
import { describeTestCallEvent, isSensitiveGather } from "./describeTestCallEvent";
import { createAppTranslator } from "../../i18n/createAppTranslator";
import type { TestCallTranslator } from "./i18n/useTestCallT";

const t: TestCallTranslator = createAppTranslator("en");

const collect = (id: string, data: FlowDocument["nodes"][number]["data"]) => ({ id, kind: "collect" as const, position: { x: 0, y: 0 }, data });
const document: FlowDocument = {
  version: 1,
  nodes: [
    collect("card", { variable: "card", maxDigits: 16, sensitive: true }),
    collect("order", { variable: "order", maxDigits: 10, sensitive: false }),
    collect("old", { variable: "pin", maxDigits: 8 }),
    { id: "menu", kind: "menu", position: { x: 0, y: 0 }, data: {} },
  ],
  edges: [],
};
const gather = (nodeId: string) => ({ verb: "gather", input: ["digits"], actionHook: `/n/${nodeId}/gather` });

describe("the test call transcript", () => {
  it("knows which gathers listen for a sensitive step", () => {
    expect(isSensitiveGather(gather("card"), document)).toBe(true);
    expect(isSensitiveGather(gather("old"), document)).toBe(true);
    expect(isSensitiveGather(gather("order"), document)).toBe(false);
    expect(isSensitiveGather(gather("menu"), document)).toBe(false);
    expect(isSensitiveGather(gather("missing"), document)).toBe(false);
    expect(isSensitiveGather({ verb: "say", actionHook: "/n/card/gather" }, document)).toBe(false);
    expect(isSensitiveGather(null, document)).toBe(false);
  });

  it("shows each key of a sensitive entry as •", () => {
    const key = { kind: "dtmf" as const, digit: "4", atMs: 0 };
    expect(describeTestCallEvent(key as never, t, { maskKeys: true })?.text).toBe("You pressed •");
    expect(describeTestCallEvent(key as never, t, { maskKeys: false })?.text).toBe("You pressed 4");
    expect(describeTestCallEvent(key as never, t)?.text).toBe("You pressed 4");
  });
});
