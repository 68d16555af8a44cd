import { createHmac } from 'node:crypto';
import type { Webhook } from '../store/tables';

/**
 * An HTTP webhook as FS http-requestor.js sends it: JSON POST (or GET) with a `Jambonz-Signature:
 * t=<seconds>,v1=<hmac-sha256 of "<t>.<json>" with the account's webhook_secret>` header
 * (base-requestor.js _generateSigHeader) and Basic auth when the hook has credentials. Failures are
 * only logged by jambonz, so they are swallowed here too (the returned promise never rejects).
 */
export async function postWebhook(hook: Pick<Webhook, 'url' | 'method' | 'username' | 'password'>, payload: Record<string, unknown>, secret: string): Promise<number | undefined> {
  const t = Math.floor(Date.now() / 1000);
  const json = JSON.stringify(payload);
  const headers: Record<string, string> = {
    'Jambonz-Signature': `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${json}`, 'utf8').digest('hex')}`,
    'user-agent': 'jambonz',
  };
  if (hook.username && hook.password) headers.Authorization = `Basic ${Buffer.from(`${hook.username}:${hook.password}`).toString('base64')}`;
  const method = hook.method === 'GET' ? 'GET' : 'POST';
  if (method === 'POST') headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(hook.url, { method, headers, ...(method === 'POST' && { body: json }), signal: AbortSignal.timeout(5000), redirect: 'manual' });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}
