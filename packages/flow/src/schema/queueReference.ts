import { z } from "zod";

/**
 * A flow names a queue by its id, so a rename never breaks a flow. `queueName` appears only in
 * documents upgraded from format 1 (which named queues) until the server links the name to one of
 * the tenant's queues (`resolveQueueNames`); an empty id with a name is such an unlinked queue.
 */
export const queueIdSchema = z.string().max(100);
export const queueNameSchema = z.string().max(100).optional();

/**
 * The jambonz queue a queue's callers wait in. Queue ids are globally unique, so two tenants on the
 * platform's one jambonz account never share a jambonz queue, and a rename changes nothing there.
 */
export function convertQueueIdToJambonzName(queueId: string): string {
  return queueId;
}
