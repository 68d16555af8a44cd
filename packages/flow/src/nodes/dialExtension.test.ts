import { describe, expect, it } from "vitest";
import { compileFlow } from "../compile/compileFlow";
import { buildFlow, sketchNode } from "../testing/buildFlow";
import { compileNode, validateNode } from "../testing/checkNode";
import { validateFlow } from "../validate/validateFlow";
import { menu } from "./menu";
import { transfer } from "./transfer";

const prompt = { type: "tts", text: "Jeśli znasz numer wewnętrzny, wybierz go teraz", language: "pl-PL" } as const;

function buildDialByExtensionFlow(connectTransfer: boolean) {
  return buildFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("menu", "menu", { prompt, keys: ["1"], dialExtension: true }),
      sketchNode("ring", "transfer", { target: { type: "dialledExtension" } }, "Ring it"),
      sketchNode("end", "hangup", {}),
    ],
    [
      ["start", "next", connectTransfer ? "menu" : "ring"],
      ...(connectTransfer ? [["menu", "extension", "ring"] as const, ["ring", "failed", "end"] as const] : [["ring", "failed", "menu"] as const]),
      ["menu", "key:1", "end"], ["menu", "noInput", "end"],
      ...(connectTransfer ? [] : [["menu", "extension", "end"] as const]),
    ],
  );
}

describe("menu with dial by extension", () => {
  it("adds a required “Extension dialled” exit only when callers may dial an extension", () => {
    const parsed = menu.schema.parse({ prompt, keys: ["1"], dialExtension: true });
    expect(menu.ports(parsed).map((port) => [port.id, port.required])).toEqual([["key:1", true], ["noInput", true], ["invalid", false], ["extension", true]]);
    expect(menu.ports(parsed).at(-1)?.label).toEqual({ en: "Extension dialled", pl: "Wybrany numer wewnętrzny" });
    expect(menu.ports(menu.schema.parse({ prompt, keys: ["1"], dialExtension: false })).map((port) => port.id)).toEqual(["key:1", "noInput", "invalid"]);
    expect(menu.ports(menu.schema.parse({ prompt, keys: ["1"] })).map((port) => port.id)).toEqual(["key:1", "noInput", "invalid"]);
  });
  it("reports an unconnected “Extension dialled” exit", () => {
    expect(validateNode("menu", { prompt, keys: ["1"], dialExtension: true }, {}, { skipPorts: ["extension"] }))
      .toMatchObject([{ code: "FLOW022", nodeId: "x", port: "extension" }]);
  });
  it("sets dialled_extension on the extension exit only", () => {
    const parsed = menu.schema.parse({ prompt, keys: ["1"], dialExtension: true });
    expect(menu.listSetVariables(parsed, "extension")).toEqual(["dialled_extension"]);
    expect(menu.listSetVariables(parsed, "key:1")).toEqual([]);
    expect(menu.listSetVariables(menu.schema.parse({ prompt, keys: ["1"] }), "extension")).toEqual([]);
  });
  it("compiles the option into the IR and leaves it out of menus without it", () => {
    expect(compileNode("menu", { prompt, keys: ["1"], dialExtension: true })).toEqual({
      config: { prompt, keys: ["1"], timeoutSeconds: 5, maxAttempts: 3, dialExtension: true },
      next: { "key:1": "end", noInput: "end", invalid: "end", extension: "end" },
    });
    expect(compileNode("menu", { prompt, keys: ["1"] }).config).not.toHaveProperty("dialExtension");
  });
});

describe("transfer to the dialled extension", () => {
  it("validates without naming an extension, and reads dialled_extension", () => {
    expect(validateNode("transfer", { target: { type: "dialledExtension" } }, { extensions: ["101"], flowIds: ["f1"] })
      .filter((problem) => problem.severity === "error")).toEqual([]);
    const parsed = transfer.schema.parse({ target: { type: "dialledExtension" } });
    expect(transfer.listReadVariables(parsed)).toEqual(["dialled_extension"]);
    expect(transfer.listReferences?.(parsed)).toEqual({ queueIds: [], extensions: [], flowIds: [] });
  });
  it("is clean after a menu's “Extension dialled” exit, and warns when nothing before it sets the number", () => {
    expect(validateFlow(buildDialByExtensionFlow(true), { extensions: ["101"] })).toEqual([]);
    expect(validateFlow(buildDialByExtensionFlow(false)).filter((problem) => problem.nodeId === "ring")).toEqual([{
      code: "FLOW038", severity: "warning", nodeId: "ring",
      message: {
        en: "“Ring it” uses the value “dialled_extension”, but no step before it sets that value, so it will be empty.",
        pl: "Krok „Ring it” używa wartości „dialled_extension”, ale żaden wcześniejszy krok jej nie ustawia, więc będzie pusta.",
      },
    }]);
  });
  it("compiles the target as it is", () => {
    const result = compileFlow(buildDialByExtensionFlow(true));
    expect(result.ok && result.ir.nodes.ring).toEqual({ kind: "transfer", config: { target: { type: "dialledExtension" }, ringSeconds: 30 }, next: { failed: "end" } });
  });
});
