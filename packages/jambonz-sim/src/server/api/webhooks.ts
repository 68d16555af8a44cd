import type { JambonzStore } from '../store/JambonzStore';
import type { Row, Webhook } from '../store/tables';

/** Inserts a webhook row (jambonz Webhook.make) and returns its sid. */
export function insertWebhook(store: JambonzStore, hook: unknown): string {
  return store.insert('webhooks', hook as Row);
}

/** The webhook object jambonz joins into accounts and applications (LEFT JOIN webhooks), or null. */
export function readWebhook(store: JambonzStore, sid: unknown): Webhook | null {
  const row = store.get('webhooks', typeof sid === 'string' ? sid : undefined);
  if (!row || row.url === null) return null;
  return row as unknown as Webhook;
}
