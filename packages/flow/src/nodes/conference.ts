import { z } from "zod";
import { field } from "../schema/field";
import { promptSchema, readPromptVariables } from "../schema/prompt";
import { validatePrompt } from "../validate/checkPrompt";
import { defineNode, listNoVariables } from "./definition";
import { createPort, portLabels } from "./ports";

const waitPromptLabel = { en: "Waiting message", pl: "Komunikat oczekiwania" };

export const conferenceDataSchema = z.object({
  room: field(z.string().min(1).max(100), { en: "Room", pl: "Pokój" }, {
    en: "Callers sent to the same room talk together.", pl: "Dzwoniący skierowani do tego samego pokoju rozmawiają razem.",
  }),
  role: field(z.enum(["moderator", "participant"]).default("participant"), { en: "Join as", pl: "Dołącz jako" }, {
    en: "A moderator starts the conference; participants may wait for one.",
    pl: "Moderator rozpoczyna konferencję; uczestnicy mogą na niego czekać.",
  }),
  pin: field(z.string().regex(/^\d{4,8}$/).optional(), { en: "PIN", pl: "PIN" }, {
    en: "Optional: 4 to 8 digits the caller must type to join.",
    pl: "Opcjonalnie: od 4 do 8 cyfr, które dzwoniący musi wpisać, by dołączyć.",
  }),
  waitForModerator: field(z.boolean().default(true), { en: "Wait for the moderator", pl: "Czekaj na moderatora" }, {
    en: "Participants hear the waiting message until a moderator joins.",
    pl: "Uczestnicy słyszą komunikat oczekiwania, dopóki nie dołączy moderator.",
  }),
  waitPrompt: field(promptSchema.optional(), waitPromptLabel, {
    en: "Played while waiting for the moderator.", pl: "Odtwarzany podczas oczekiwania na moderatora.",
  }),
});
export type ConferenceData = z.infer<typeof conferenceDataSchema>;

/** Joins the caller to a conference room. */
export const conference = defineNode({
  kind: "conference",
  labels: { en: "Conference", pl: "Konferencja" },
  description: { en: "Puts the caller in a conference room.", pl: "Dołącza dzwoniącego do pokoju konferencyjnego." },
  icon: "messages-square",
  schema: conferenceDataSchema,
  defaultData: () => ({ room: "", role: "participant" as const, waitForModerator: true }),
  ports: (data) => [createPort("next", portLabels.next, false), createPort("wrongPin", portLabels.wrongPin, data.pin !== undefined)],
  validate: (node, ctx) => validatePrompt(node.data.waitPrompt, waitPromptLabel, ctx),
  compile: (node): ConferenceData => node.data,
  waitsForCaller: () => true,
  listReadVariables: (data) => readPromptVariables(data.waitPrompt),
  listSetVariables: listNoVariables,
});
