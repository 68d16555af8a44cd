import { z } from "zod";
import { field } from "../schema/field";
import { promptSchema, readPromptVariables } from "../schema/prompt";
import { validatePrompt } from "../validate/checkPrompt";
import { convertQueueIdToJambonzName, queueIdSchema, queueNameSchema } from "../schema/queueReference";
import { validateExtensions, validateFlowId, validatePhoneNumber, validateQueueReference } from "../validate/checkReferences";
import type { Problem } from "../validate/problem";
import { defineNode, listNoVariables, type NodeCheckContext } from "./definition";
import { dialledExtensionVariable } from "./menu";
import { createPort, portLabels } from "./ports";

const name = () => z.string().min(1).max(100);

export const transferTargetSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("extension"), extension: name() }),
  // Kept loose so a half-typed number saves; validation checks E.164 (FLOW037).
  z.object({ type: z.literal("external"), number: z.string().max(32) }),
  z.object({ type: z.literal("queue"), queueId: queueIdSchema.default(""), queueName: queueNameSchema }),
  z.object({ type: z.literal("flow"), flowId: name() }),
  // The number a menu's "Extension dialled" exit left in `dialled_extension`, with that extension's forwarding and voicemail.
  z.object({ type: z.literal("dialledExtension") }),
]);
export type TransferTarget = z.infer<typeof transferTargetSchema>;

const announceLabel = { en: "Message before transfer", pl: "Komunikat przed przekierowaniem" };

export const transferDataSchema = z.object({
  target: field(transferTargetSchema, { en: "Transfer to", pl: "Przekieruj do" }, {
    en: "An extension, an outside number, a queue, another flow, or the extension the caller dialled in a menu.",
    pl: "Numer wewnętrzny, numer zewnętrzny, kolejka, inny scenariusz lub numer wewnętrzny wybrany przez dzwoniącego w menu.",
  }),
  announce: field(promptSchema.optional(), announceLabel, {
    en: "Played to the caller before the transfer.", pl: "Odtwarzany dzwoniącemu przed przekierowaniem.",
  }),
  ringSeconds: field(z.number().int().min(5).max(120).default(30), { en: "Ring for (s)", pl: "Dzwoń przez (s)" }, {
    en: "How long to ring before the transfer counts as failed.",
    pl: "Jak długo dzwonić, zanim przekierowanie zostanie uznane za nieudane.",
  }),
});
export type TransferData = z.infer<typeof transferDataSchema>;
/** Where a compiled transfer goes; a queue carries its jambonz name (`queue`) and its id. */
export type TransferTargetConfig = Exclude<TransferTarget, { type: "queue" }> | { type: "queue"; queue: string; queueId: string };
export type TransferConfig = Omit<TransferData, "target"> & { target: TransferTargetConfig };

function compileTarget(target: TransferTarget): TransferTargetConfig {
  return target.type === "queue" ? { type: "queue", queue: convertQueueIdToJambonzName(target.queueId), queueId: target.queueId } : target;
}

function validateTarget(target: TransferTarget, ctx: NodeCheckContext): Problem[] {
  if (target.type === "extension") return validateExtensions([target.extension], ctx);
  if (target.type === "external") return validatePhoneNumber(target.number, ctx);
  if (target.type === "queue") return validateQueueReference(target.queueId, target.queueName, ctx);
  if (target.type === "dialledExtension") return [];
  return validateFlowId(target.flowId, ctx);
}

/** Hands the call to an extension, an outside number, a queue or another flow. */
export const transfer = defineNode({
  kind: "transfer",
  labels: { en: "Transfer", pl: "Przekierowanie" },
  description: { en: "Passes the call to someone else.", pl: "Przekazuje połączenie komuś innemu." },
  icon: "phone-outgoing",
  schema: transferDataSchema,
  defaultData: () => ({ target: { type: "extension" as const, extension: "" }, ringSeconds: 30 }),
  ports: () => [createPort("failed", portLabels.failed, true)],
  validate: (node, ctx) => [...validateTarget(node.data.target, ctx), ...validatePrompt(node.data.announce, announceLabel, ctx)],
  compile: (node): TransferConfig => ({ ...node.data, target: compileTarget(node.data.target) }),
  listReferences: ({ target }) => ({
    queueIds: target.type === "queue" && target.queueId ? [target.queueId] : [],
    extensions: target.type === "extension" ? [target.extension] : [],
    flowIds: target.type === "flow" ? [target.flowId] : [],
  }),
  waitsForCaller: () => true,
  listReadVariables: (data) => [...readPromptVariables(data.announce), ...(data.target.type === "dialledExtension" ? [dialledExtensionVariable] : [])],
  listSetVariables: listNoVariables,
});
