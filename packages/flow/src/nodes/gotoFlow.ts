import { z } from "zod";
import { field } from "../schema/field";
import { validateFlowId } from "../validate/checkReferences";
import { defineNode, listNoVariables } from "./definition";

export const gotoFlowDataSchema = z.object({
  flowId: field(z.string().min(1).max(100), { en: "Flow", pl: "Scenariusz" }, {
    en: "The published flow the call continues in.", pl: "Opublikowany scenariusz, w którym połączenie będzie kontynuowane.",
  }),
});
export type GotoFlowData = z.infer<typeof gotoFlowDataSchema>;

/** Continues the call in another published flow (variables carry over). */
export const gotoFlow = defineNode({
  kind: "gotoFlow",
  labels: { en: "Go to flow", pl: "Przejdź do scenariusza" },
  description: { en: "Continues the call in another flow.", pl: "Kontynuuje połączenie w innym scenariuszu." },
  icon: "square-arrow-out-up-right",
  schema: gotoFlowDataSchema,
  defaultData: () => ({ flowId: "" }),
  ports: () => [],
  validate: (node, ctx) => validateFlowId(node.data.flowId, ctx),
  compile: (node): GotoFlowData => node.data,
  listReferences: (data) => ({ flowIds: [data.flowId] }),
  waitsForCaller: () => true,
  listReadVariables: listNoVariables,
  listSetVariables: listNoVariables,
});
