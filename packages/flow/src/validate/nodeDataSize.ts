/**
 * The most one step's settings may take as JSON. Every field has its own limit (a prompt's text
 * 2,000 characters, 100 holidays...); this one also bounds what no field names, so a draft can
 * never smuggle megabytes into storage. The largest real step (a condition with 20 rules, an
 * HTTP step with 50 mappings) stays well under it.
 */
export const maxNodeDataKb = 100;

/** Whether a step's settings are over `maxNodeDataKb` (counted in UTF-16 units, close enough). */
export function isNodeDataTooLarge(data: unknown): boolean {
  return JSON.stringify(data ?? null).length > maxNodeDataKb * 1024;
}
