import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";
import { getNodeDefinition } from "./registry";

const prompt = { type: "tts", text: "Podaj numer konta", language: "pl-PL" } as const;

describe("collect", () => {
  it("accepts a digits question", () => {
    expect(validateNode("collect", { prompt, variable: "account", maxDigits: 8, pattern: "\\d{8}" })).toEqual([]);
  });
  it("reports min above max, a bad pattern and a built-in variable", () => {
    expect(validateNode("collect", { prompt, variable: "account", minDigits: 6, maxDigits: 4 }))
      .toMatchObject([{ code: "FLOW043", nodeId: "x" }]);
    expect(validateNode("collect", { prompt, variable: "account", maxDigits: 4, pattern: "[a-z]+" }))
      .toMatchObject([{ code: "FLOW044", nodeId: "x" }]);
    expect(validateNode("collect", { prompt, variable: "caller", maxDigits: 4 })).toMatchObject([{ code: "FLOW047", nodeId: "x" }]);
  });
  it("reports a missing variable name by its label", () => {
    const [problem] = validateNode("collect", { prompt, maxDigits: 4 } as never);
    expect(problem).toMatchObject({ code: "FLOW010", nodeId: "x" });
    expect(problem?.message.pl).toContain("pole „Zapisz jako” musi być wypełnione");
  });
  it("reports an unconnected next exit", () => {
    expect(validateNode("collect", { prompt, variable: "account", maxDigits: 4 }, {}, { skipPorts: ["next"] }))
      .toMatchObject([{ code: "FLOW022", port: "next" }]);
  });
  it("compiles with defaults filled in", () => {
    expect(compileNode("collect", { prompt, variable: "account", maxDigits: 8 }).config).toEqual({
      prompt, variable: "account", minDigits: 1, maxDigits: 8, timeoutSeconds: 8, maxAttempts: 3, sensitive: false,
    });
  });
  it("starts new steps sensitive", () => {
    expect(getNodeDefinition("collect").defaultData()).toMatchObject({ sensitive: true });
  });
  it("compiles the sensitive switch as set, or guesses it for steps saved without one", () => {
    expect(compileNode("collect", { prompt, variable: "account", maxDigits: 8, sensitive: true }).config.sensitive).toBe(true);
    expect(compileNode("collect", { prompt, variable: "card_number", maxDigits: 16, sensitive: false }).config.sensitive).toBe(false);
    expect(compileNode("collect", { prompt, variable: "card_number", maxDigits: 20 }).config.sensitive).toBe(true);
    expect(compileNode("collect", { prompt, variable: "order", maxDigits: 6 }).config.sensitive).toBe(true);
    expect(compileNode("collect", { prompt, variable: "order", maxDigits: 8 }).config.sensitive).toBe(false);
  });
});
