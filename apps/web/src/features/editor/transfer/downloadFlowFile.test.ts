import { describe, expect, it } from "vitest";
import { exportFlowDocument, parseFlowDocument } from "@centrala/flow";
import { createTestDocument } from "../document/testDocument";
import { createExportFileName } from "./downloadFlowFile";

describe("export", () => {
  it("names the file after the flow, keeping Polish letters but not path characters", () => {
    expect(createExportFileName("Infolinia / Główna")).toBe("Infolinia - Główna.json");
    expect(createExportFileName("  ")).toBe("flow.json");
  });

  it("writes what import reads back unchanged", () => {
    const doc = createTestDocument();
    const parsed = parseFlowDocument(exportFlowDocument(doc));
    expect(parsed.ok && exportFlowDocument(parsed.document)).toBe(exportFlowDocument(doc));
  });
});
