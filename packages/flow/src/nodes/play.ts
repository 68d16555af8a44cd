import { z } from "zod";
import { field } from "../schema/field";
import { promptSchema, readPromptVariables, createTtsPrompt } from "../schema/prompt";
import { validatePrompt } from "../validate/checkPrompt";
import { defineNode, listNoVariables } from "./definition";
import { createPort, portLabels } from "./ports";

const promptLabel = { en: "Message", pl: "Komunikat" };

export const playDataSchema = z.object({
  prompt: field(promptSchema, promptLabel, {
    en: "The recording or text the caller hears.",
    pl: "Nagranie lub tekst, który usłyszy dzwoniący.",
  }),
  repeat: field(z.number().int().min(1).max(10).default(1), { en: "Times to play", pl: "Liczba odtworzeń" }, {
    en: "How many times in a row the message is played (1 to 10).",
    pl: "Ile razy z rzędu komunikat zostanie odtworzony (od 1 do 10).",
  }),
});
export type PlayData = z.infer<typeof playDataSchema>;

/** Plays a message to the caller, then moves on. */
export const play = defineNode({
  kind: "play",
  labels: { en: "Play message", pl: "Odtwórz komunikat" },
  description: { en: "Plays a recording or reads text to the caller.", pl: "Odtwarza nagranie lub odczytuje tekst dzwoniącemu." },
  icon: "volume-2",
  schema: playDataSchema,
  defaultData: () => ({ prompt: createTtsPrompt(""), repeat: 1 }),
  // Not required: a message with nothing after it is a valid goodbye (the engine hangs up).
  ports: () => [createPort("next", portLabels.next, false)],
  validate: (node, ctx) => validatePrompt(node.data.prompt, promptLabel, ctx),
  compile: (node): PlayData => node.data,
  waitsForCaller: () => true,
  listReadVariables: (data) => readPromptVariables(data.prompt),
  listSetVariables: listNoVariables,
});
