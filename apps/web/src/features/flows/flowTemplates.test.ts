import { describe, expect, it } from "vitest";
import { compileFlow, parseFlowDocument } from "@centrala/flow";
import { flowTemplates } from "./flowTemplates";

describe("flow templates", () => {
  it.each(Object.entries(flowTemplates).filter(([id]) => id !== "blank"))("%s compiles with no problems at all", (_id, template) => {
    const parsed = parseFlowDocument(template.document);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const compiled = compileFlow(parsed.document);
    expect(compiled.ok && compiled.problems).toEqual([]);
  });
});
