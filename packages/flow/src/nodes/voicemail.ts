import { z } from "zod";
import { field } from "../schema/field";
import { keySchema } from "../schema/key";
import { promptSchema, readPromptVariables } from "../schema/prompt";
import { validatePrompt } from "../validate/checkPrompt";
import { defineNode, listNoVariables } from "./definition";
import { createPort, portLabels } from "./ports";

const greetingLabel = { en: "Greeting", pl: "Powitanie" };

export const voicemailDataSchema = z.object({
  mailbox: field(z.string().min(1).max(100), { en: "Mailbox", pl: "Skrzynka" }, {
    en: "Where the message is left.", pl: "Gdzie trafi wiadomość.",
  }),
  greeting: field(promptSchema.optional(), greetingLabel, {
    en: "Played before the caller speaks.", pl: "Odtwarzane, zanim dzwoniący zacznie mówić.",
  }),
  beep: field(z.boolean().default(true), { en: "Beep", pl: "Sygnał" }, {
    en: "A beep tells the caller to start speaking.", pl: "Sygnał informuje dzwoniącego, że może zacząć mówić.",
  }),
  maxSeconds: field(z.number().int().min(5).max(600).default(120), { en: "Longest message (s)", pl: "Najdłuższa wiadomość (s)" }, {
    en: "The message stops after this long.", pl: "Wiadomość kończy się po tym czasie.",
  }),
  finishOnKey: field(keySchema.default("#"), { en: "Key to finish", pl: "Klawisz zakończenia" }, {
    en: "The caller presses it to end the message.", pl: "Dzwoniący naciska go, by zakończyć wiadomość.",
  }),
});
export type VoicemailData = z.infer<typeof voicemailDataSchema>;

/** Lets the caller leave a voice message. */
export const voicemail = defineNode({
  kind: "voicemail",
  labels: { en: "Voicemail", pl: "Poczta głosowa" },
  description: { en: "Lets the caller leave a message.", pl: "Pozwala dzwoniącemu zostawić wiadomość." },
  icon: "voicemail",
  schema: voicemailDataSchema,
  defaultData: () => ({ mailbox: "", beep: true, maxSeconds: 120, finishOnKey: "#" as const }),
  ports: () => [createPort("next", portLabels.next, false)],
  validate: (node, ctx) => validatePrompt(node.data.greeting, greetingLabel, ctx),
  compile: (node): VoicemailData => node.data,
  listReferences: (data) => ({ mailboxes: [data.mailbox] }),
  waitsForCaller: () => true,
  listReadVariables: (data) => readPromptVariables(data.greeting),
  listSetVariables: listNoVariables,
});
