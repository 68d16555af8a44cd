import { z } from "zod";
import { field } from "../schema/field";
import { promptSchema, readPromptVariables } from "../schema/prompt";
import { validatePrompt } from "../validate/checkPrompt";
import { defineNode, listNoVariables } from "./definition";

const promptLabel = { en: "Goodbye message", pl: "Komunikat pożegnalny" };

export const hangupDataSchema = z.object({
  prompt: field(promptSchema.optional(), promptLabel, {
    en: "Optional: played before the call ends.", pl: "Opcjonalnie: odtwarzany przed zakończeniem połączenia.",
  }),
});
export type HangupData = z.infer<typeof hangupDataSchema>;

/** Ends the call, optionally after a goodbye message. */
export const hangup = defineNode({
  kind: "hangup",
  labels: { en: "Hang up", pl: "Rozłącz" },
  description: { en: "Ends the call.", pl: "Kończy połączenie." },
  icon: "phone-off",
  schema: hangupDataSchema,
  defaultData: () => ({}),
  ports: () => [],
  validate: (node, ctx) => validatePrompt(node.data.prompt, promptLabel, ctx),
  compile: (node): HangupData => node.data,
  waitsForCaller: () => true,
  listReadVariables: (data) => readPromptVariables(data.prompt),
  listSetVariables: listNoVariables,
});
