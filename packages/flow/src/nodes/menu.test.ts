import { describe, expect, it } from "vitest";
import { compileNode, validateNode } from "../testing/checkNode";

const prompt = { type: "tts", text: "Wybierz 1 lub 2", language: "pl-PL" } as const;

describe("menu", () => {
  it("accepts keys with every exit connected", () => {
    expect(validateNode("menu", { prompt, keys: ["1", "2"] })).toEqual([]);
  });
  it("reports a missing no-input path on the noInput port", () => {
    expect(validateNode("menu", { prompt, keys: ["1"] }, {}, { label: "Main menu", skipPorts: ["noInput"] })).toEqual([{
      code: "FLOW030", severity: "error", nodeId: "x", port: "noInput",
      message: {
        en: "The menu “Main menu” has nothing connected for when the caller presses nothing.",
        pl: "Menu „Main menu” nie ma połączenia na wypadek, gdy dzwoniący nic nie naciśnie.",
      },
    }]);
  });
  it("reports an unconnected key and duplicate keys", () => {
    expect(validateNode("menu", { prompt, keys: ["1", "2"] }, {}, { skipPorts: ["key:2"] }))
      .toMatchObject([{ code: "FLOW022", nodeId: "x", port: "key:2" }]);
    expect(validateNode("menu", { prompt, keys: ["1", "2", "1"] })).toMatchObject([{ code: "FLOW031", nodeId: "x" }]);
  });
  it("reports a menu with no keys, naming the field", () => {
    const [problem] = validateNode("menu", { prompt, keys: [] });
    expect(problem).toMatchObject({ code: "FLOW010", nodeId: "x" });
    expect(problem?.message.en).toBe("In “Key-press menu”, “Keys” must be filled in.");
  });
  it("compiles with defaults and one exit per key", () => {
    expect(compileNode("menu", { prompt, keys: ["1", "#"] })).toEqual({
      config: { prompt, keys: ["1", "#"], timeoutSeconds: 5, maxAttempts: 3 },
      next: { "key:1": "end", "key:#": "end", noInput: "end", invalid: "end" },
    });
  });
});
