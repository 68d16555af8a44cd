import { z } from "zod";
import { field } from "../schema/field";
import { keySchema } from "../schema/key";
import { promptSchema, readPromptVariables } from "../schema/prompt";
import { validatePrompt } from "../validate/checkPrompt";
import { convertQueueIdToJambonzName, queueIdSchema, queueNameSchema } from "../schema/queueReference";
import { validateQueueReference } from "../validate/checkReferences";
import { defineNode, listNoVariables } from "./definition";
import { createPort, portLabels } from "./ports";

const holdPromptLabel = { en: "Hold message", pl: "Komunikat oczekiwania" };

export const queueDataSchema = z.object({
  queueId: field(queueIdSchema.default(""), { en: "Queue", pl: "Kolejka" }, {
    en: "The queue whose agents answer these calls.", pl: "Kolejka, której konsultanci odbierają te połączenia.",
  }),
  queueName: field(queueNameSchema, { en: "Queue named in an older flow", pl: "Kolejka nazwana w starszym scenariuszu" }, {
    en: "Kept until the queue of that name is linked; the editor then shows the queue itself.",
    pl: "Zachowana, dopóki kolejka o tej nazwie nie zostanie powiązana; potem edytor pokazuje samą kolejkę.",
  }),
  holdPrompt: field(promptSchema.optional(), holdPromptLabel, {
    en: "Played to callers while they wait.", pl: "Odtwarzany dzwoniącym podczas oczekiwania.",
  }),
  announcePosition: field(z.boolean().default(true), { en: "Tell callers their place", pl: "Podawaj miejsce w kolejce" }, {
    en: "Callers hear which place in the queue they have.", pl: "Dzwoniący słyszą, które mają miejsce w kolejce.",
  }),
  positionWording: field(z.string().max(200).optional(), { en: "How the place is said", pl: "Jak podawane jest miejsce" }, {
    en: "Your own sentence: {{position}} is the number, {{positionOrdinal}} the word (“Jesteś {{positionOrdinal}} w kolejce.” says “Jesteś drugi w kolejce.”). Empty: the built-in wordings.",
    pl: "Własne zdanie: {{position}} to liczba, {{positionOrdinal}} słowo („Jesteś {{positionOrdinal}} w kolejce.” brzmi „Jesteś drugi w kolejce.”). Puste: wbudowane sformułowania.",
  }),
  announceEverySeconds: field(z.number().int().min(15).max(600).default(60), { en: "Announce every (s)", pl: "Ogłaszaj co (s)" }, {
    en: "How often the place in the queue is repeated.", pl: "Jak często powtarzane jest miejsce w kolejce.",
  }),
  maxWaitSeconds: field(z.number().int().min(30).max(7200).default(300), { en: "Longest wait (s)", pl: "Najdłuższe oczekiwanie (s)" }, {
    en: "After this long the caller takes the “Waited too long” exit.",
    pl: "Po tym czasie dzwoniący idzie wyjściem „Zbyt długie oczekiwanie”.",
  }),
  leaveKey: field(keySchema.optional(), { en: "Key to leave the queue", pl: "Klawisz wyjścia z kolejki" }, {
    en: "Optional: the caller presses it to stop waiting (e.g. to leave a message).",
    pl: "Opcjonalnie: dzwoniący naciska go, by przestać czekać (np. by zostawić wiadomość).",
  }),
});
export type QueueData = z.infer<typeof queueDataSchema>;
/** The queue step's IR: `queue` is the jambonz queue name, `queueId` the tenant's queue. */
export type QueueConfig = Omit<QueueData, "queueId" | "queueName"> & { queue: string; queueId: string };

/** Puts the caller in a queue until an agent answers or the wait runs out. */
export const queue = defineNode({
  kind: "queue",
  labels: { en: "Queue", pl: "Kolejka" },
  description: { en: "Keeps the caller waiting until an agent is free.", pl: "Utrzymuje dzwoniącego w oczekiwaniu, aż konsultant będzie wolny." },
  icon: "users",
  schema: queueDataSchema,
  defaultData: () => ({ queueId: "", announcePosition: true, announceEverySeconds: 60, maxWaitSeconds: 300 }),
  ports: (data) => [
    createPort("answered", portLabels.answered, false),
    createPort("overflow", portLabels.overflow, true, { missingCode: "FLOW032" }),
    createPort("left", portLabels.left, data.leaveKey !== undefined),
  ],
  validate: (node, ctx) => [
    ...validateQueueReference(node.data.queueId, node.data.queueName, ctx),
    ...validatePrompt(node.data.holdPrompt, holdPromptLabel, ctx),
  ],
  compile: ({ data: { queueId, queueName: _unlinked, ...settings } }): QueueConfig => ({ ...settings, queue: convertQueueIdToJambonzName(queueId), queueId }),
  listReferences: (data) => ({ queueIds: data.queueId ? [data.queueId] : [] }),
  waitsForCaller: () => true,
  listReadVariables: (data) => readPromptVariables(data.holdPrompt),
  listSetVariables: listNoVariables,
});
