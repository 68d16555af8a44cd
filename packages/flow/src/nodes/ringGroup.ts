import { z } from "zod";
import { field } from "../schema/field";
import { validateExtensions } from "../validate/checkReferences";
import { defineNode, listNoVariables } from "./definition";
import { createPort, portLabels } from "./ports";

export const ringStrategies = ["simultaneous", "sequential", "roundRobin"] as const;

export const ringGroupDataSchema = z.object({
  extensions: field(z.array(z.string().min(1).max(32)).min(1).max(50), { en: "Extensions", pl: "Numery wewnętrzne" }, {
    en: "The phones that ring.", pl: "Telefony, które dzwonią.",
  }),
  strategy: field(z.enum(ringStrategies).default("simultaneous"), { en: "How to ring", pl: "Sposób dzwonienia" }, {
    en: "All at once, one after another, or starting after the last one that answered.",
    pl: "Wszystkie naraz, po kolei lub zaczynając od następnego po ostatnio odbierającym.",
  }),
  ringSeconds: field(z.number().int().min(5).max(120).default(20), { en: "Ring for (s)", pl: "Dzwoń przez (s)" }, {
    en: "How long each attempt rings.", pl: "Jak długo trwa każda próba.",
  }),
  maxRounds: field(z.number().int().min(1).max(20).default(3), { en: "Rounds", pl: "Liczba rund" }, {
    en: "How many times the whole group is tried.", pl: "Ile razy próbowana jest cała grupa.",
  }),
  maxWaitSeconds: field(z.number().int().min(10).max(3600).default(120), { en: "Longest wait (s)", pl: "Najdłuższe oczekiwanie (s)" }, {
    en: "After this long the caller takes the “No answer” exit.",
    pl: "Po tym czasie dzwoniący idzie wyjściem „Brak odpowiedzi”.",
  }),
});
export type RingGroupData = z.infer<typeof ringGroupDataSchema>;

/** Rings a group of extensions until someone answers. */
export const ringGroup = defineNode({
  kind: "ringGroup",
  labels: { en: "Ring group", pl: "Grupa dzwonienia" },
  description: { en: "Rings several phones until one answers.", pl: "Dzwoni na kilka telefonów, aż ktoś odbierze." },
  icon: "phone-forwarded",
  schema: ringGroupDataSchema,
  defaultData: () => ({ extensions: [], strategy: "simultaneous" as const, ringSeconds: 20, maxRounds: 3, maxWaitSeconds: 120 }),
  ports: () => [createPort("answered", portLabels.answered, false), createPort("noAnswer", portLabels.noAnswer, true)],
  validate: (node, ctx) => validateExtensions(node.data.extensions, ctx),
  compile: (node): RingGroupData => node.data,
  listReferences: (data) => ({ extensions: data.extensions }),
  waitsForCaller: () => true,
  listReadVariables: listNoVariables,
  listSetVariables: listNoVariables,
});
