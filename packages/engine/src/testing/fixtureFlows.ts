import { compileFlow, parseFlowDocument, type FlowIR } from "@centrala/flow";
import bankHotline from "../../../../playwright/flows/bank-hotline.json";
import clinic from "../../../../playwright/flows/clinic.json";
import supportLine from "../../../../playwright/flows/support-line.json";

/** Parses and compiles one of the shared fixture flows (playwright/flows), as the publish step does. */
function compileFixture(name: string, json: unknown): FlowIR {
  const parsed = parseFlowDocument(json);
  if (!parsed.ok) throw new Error(`${name} does not parse: ${parsed.problems.map((problem) => problem.code).join(", ")}`);
  const compiled = compileFlow(parsed.document);
  if (!compiled.ok) throw new Error(`${name} does not compile: ${compiled.problems.map((problem) => problem.code).join(", ")}`);
  return compiled.ir;
}

/** The fixture flows the end-to-end journeys import, compiled. */
export const fixtureFlows = {
  bankHotline: compileFixture("bank-hotline", bankHotline),
  clinic: compileFixture("clinic", clinic),
  supportLine: compileFixture("support-line", supportLine),
};
