import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exportFlowDocument } from "../document";
import { parseFlowDocument } from "../parseFlowDocument";
import { compileFlow } from "./compileFlow";

// The editor's end-to-end tests import the same files, so they must stay valid flows.
const directory = fileURLToPath(new URL("../../../../playwright/flows/", import.meta.url));
const files = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();

describe("playwright/flows fixtures", () => {
  it("include the three reference flows", () => {
    expect(files).toEqual(expect.arrayContaining(["bank-hotline.json", "clinic.json", "support-line.json"]));
  });

  for (const name of files) {
    it(`${name} parses, compiles with no problems and is stored in export form`, () => {
      const text = readFileSync(`${directory}${name}`, "utf8");
      const parsed = parseFlowDocument(text);
      if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message.en).join("\n"));
      const compiled = compileFlow(parsed.document);
      expect(compiled.problems).toEqual([]);
      expect(compiled.ok).toBe(true);
      expect(exportFlowDocument(parsed.document)).toBe(text);
    });
  }
});
