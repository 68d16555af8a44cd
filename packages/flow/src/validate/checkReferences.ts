import type { NodeCheckContext } from "../nodes/definition";
import { isE164 } from "../schema/phoneNumber";
import { isBuiltInVariable } from "../schema/varName";
import type { Problem } from "./problem";

/** Reports extensions the tenant does not have (only when the context lists extensions). */
export function validateExtensions(extensions: readonly string[], ctx: NodeCheckContext): Problem[] {
  const known = ctx.references.extensions;
  if (!known) return [];
  return [...new Set(extensions)].filter((extension) => !known.includes(extension))
    .map((extension) => ctx.report("FLOW039", { extension }));
}

const queueLabel = { en: "Queue", pl: "Kolejka" };

/**
 * Reports a queue reference that cannot be used: none chosen, a name from an older flow that
 * matches none of the tenant's queues (always), or an id the tenant does not have (only when the
 * context lists queues).
 */
export function validateQueueReference(queueId: string, queueName: string | undefined, ctx: NodeCheckContext): Problem[] {
  if (!queueId) return [queueName ? ctx.report("FLOW040", { queue: queueName }) : ctx.report("FLOW010", { field: queueLabel })];
  const known = ctx.references.queues;
  return known && !known.some((queue) => queue.id === queueId) ? [ctx.report("FLOW051", {})] : [];
}

/** Reports a flow the tenant does not have (only when the context lists flows). */
export function validateFlowId(flowId: string, ctx: NodeCheckContext): Problem[] {
  const known = ctx.references.flowIds;
  return known && !known.includes(flowId) ? [ctx.report("FLOW041", { flowId })] : [];
}

/** Reports a phone number that is not in international E.164 form. */
export function validatePhoneNumber(number: string, ctx: NodeCheckContext): Problem[] {
  return isE164(number) ? [] : [ctx.report("FLOW037", { number })];
}

/** Reports assignments to variables the system owns. */
export function validateAssignedVariables(variables: readonly string[], ctx: NodeCheckContext): Problem[] {
  return [...new Set(variables)].filter(isBuiltInVariable).map((variable) => ctx.report("FLOW047", { variable }));
}
