import { z } from "zod";
import { defineNode, listNoVariables } from "./definition";
import { createPort, portLabels } from "./ports";

export const startDataSchema = z.object({});
export type StartData = z.infer<typeof startDataSchema>;

/** Where every call enters the flow. Exactly one per flow. */
export const start = defineNode({
  kind: "start",
  labels: { en: "Incoming call", pl: "Połączenie przychodzące" },
  description: { en: "Where every call to this flow begins.", pl: "Tu zaczyna się każde połączenie w tym scenariuszu." },
  icon: "phone-incoming",
  schema: startDataSchema,
  defaultData: () => ({}),
  ports: () => [createPort("next", portLabels.next, true)],
  validate: () => [],
  compile: (node): StartData => node.data,
  waitsForCaller: () => false,
  listReadVariables: listNoVariables,
  listSetVariables: listNoVariables,
});
