import { describe, expect, it } from "vitest";
import { compileFlow, ttsLanguages } from "@centrala/flow";
import { flowTemplateIds, flowTemplateList } from "./flowTemplates";

describe("flow templates", () => {
  it("the New flow page offers every template and a blank flow", () => {
    expect(flowTemplateIds).toEqual(["blank", ...flowTemplateList.map((template) => template.id)]);
  });

  it.each(flowTemplateList.map((template) => [template.id, template] as const))("%s compiles with no problems once its needs are met, in every caller language", (_id, template) => {
    for (const language of ttsLanguages) {
      const document = template.build({
        language,
        extensions: Object.fromEntries(template.needs.extensions.map((need, index) => [need.key, String(201 + index)])),
        queues: Object.fromEntries(template.needs.queues.map((need) => [need.key, { queueId: `queue-${need.key}` }])),
      });
      const context = { extensions: ["201", "202", "203"], queues: template.needs.queues.map((need) => ({ id: `queue-${need.key}`, label: need.key })) };
      const compiled = compileFlow(document, context);
      expect(compiled.ok && compiled.problems).toEqual([]);
      const spoken = JSON.stringify(document);
      if (language === "pl-PL") expect(spoken).toMatch(/Dzień dobry|Biuro/);
      else expect(spoken).not.toMatch(/Dzień dobry|Zostaw/);
    }
  });
});
