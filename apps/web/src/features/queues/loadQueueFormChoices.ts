import "server-only";
import { forTenant, getPrisma, listExtensions, listPrompts, listQueues } from "@centrala/db";
import type { ExtensionChoice, NamedChoice } from "./queueFormTypes";

/** What the queue form offers: the tenant's extensions, other queues and prompts. */
export async function loadQueueFormChoices(tenantId: string, exceptQueueId?: string): Promise<{ extensions: ExtensionChoice[]; queues: NamedChoice[]; prompts: NamedChoice[] }> {
  const db = forTenant(getPrisma(), tenantId);
  const [extensions, queues, prompts] = await Promise.all([listExtensions(db), listQueues(db), listPrompts(db)]);
  return {
    extensions: extensions.map(({ id, number, name, voicemailEnabled }) => ({ id, number, name, voicemailEnabled })),
    queues: queues.filter((queue) => queue.id !== exceptQueueId).map(({ id, name }) => ({ id, name })),
    prompts: prompts.map(({ id, name }) => ({ id, name })),
  };
}
