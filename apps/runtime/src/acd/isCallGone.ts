import { JambonzApiError, type JambonzClient } from "@centrala/jambonz-api";

const OVER = new Set(["completed", "failed", "busy", "no-answer"]);

/**
 * Whether jambonz no longer has this call in progress: it does not know it (404, jambonz forgets
 * ended calls) or reports it over. Unknown (jambonz unreachable, or no REST API) counts as not gone.
 */
export async function isCallGone(jambonz: JambonzClient | null, callSid: string): Promise<boolean> {
  if (!jambonz) return false;
  try {
    return OVER.has((await jambonz.calls.get(callSid)).call_status);
  } catch (err) {
    if (err instanceof JambonzApiError && err.status === 404) return true;
    throw err;
  }
}
