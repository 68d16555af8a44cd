import { z } from "zod";
import { field } from "../schema/field";
import { promptSchema, readPromptVariables } from "../schema/prompt";
import { validatePrompt } from "../validate/checkPrompt";
import { defineNode, listNoVariables } from "./definition";
import { createPort, portLabels } from "./ports";

const consentLabel = { en: "Consent message", pl: "Komunikat o nagrywaniu" };

export const recordDataSchema = z.object({
  consentPrompt: field(promptSchema.optional(), consentLabel, {
    en: "Tells the caller the call is recorded, e.g. “This call may be recorded”.",
    pl: "Informuje dzwoniącego o nagrywaniu, np. „Rozmowa może być nagrywana”.",
  }),
});
export type RecordData = z.infer<typeof recordDataSchema>;

/** Starts recording the rest of the call, after telling the caller if a consent message is set. */
export const record = defineNode({
  kind: "record",
  labels: { en: "Record call", pl: "Nagrywaj rozmowę" },
  description: { en: "Records the rest of the call.", pl: "Nagrywa dalszą część rozmowy." },
  icon: "circle-dot",
  schema: recordDataSchema,
  defaultData: () => ({}),
  ports: () => [createPort("next", portLabels.next, true)],
  validate: (node, ctx) => validatePrompt(node.data.consentPrompt, consentLabel, ctx),
  compile: (node): RecordData => node.data,
  // Starting a recording is instant; only the consent message takes the caller's time.
  waitsForCaller: (data) => data.consentPrompt !== undefined,
  listReadVariables: (data) => readPromptVariables(data.consentPrompt),
  listSetVariables: listNoVariables,
});
