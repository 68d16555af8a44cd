import type { IncomingMessage, ServerResponse } from "node:http";
import { submitAcdEvent, type SqlRunner } from "@centrala/db";
import type { Logger } from "../observability/createLogger";
import { isAuthorised, type BasicAuth } from "../jambonz/createJambonzEndpoint";
import { agentLegTagSchema, conferenceLegTagSchema } from "./agentLegTag";
import { notifyParty } from "./ConferenceLegCall";
import { reportLegEnded, reportLegRinging } from "./agentLegStatus";

export const AGENT_STATUS_PATH = "/jambonz/agent-status";
export const QUEUE_EVENT_PATH = "/jambonz/queue-event";
const MAX_BODY = 64 * 1024;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function isJambonzWebhookPath(url: string | undefined): boolean {
  const path = (url ?? "").split("?")[0];
  return path === AGENT_STATUS_PATH || path === QUEUE_EVENT_PATH;
}

/**
 * jambonz's HTTP webhooks for the call centre (Basic auth, as the ws call_hook):
 * - the agent legs' `call_status_hook`: ringing, and how the leg ended (reported once, see agentLegStatus);
 * - the account's `queue_event_hook`: a caller `leave`s a queue `dequeued` the moment an agent's
 *   dequeue takes them: the dispatcher counts the call answered then (FS enqueue.js notifyQueueEvent).
 */
export async function handleJambonzWebhook(req: IncomingMessage, res: ServerResponse, deps: { auth: BasicAuth; pool: SqlRunner; logger: Logger; now: () => number }): Promise<void> {
  const answer = (status: number) => res.writeHead(status, { "content-type": "application/json" }).end(status === 200 ? "{}" : JSON.stringify({ error: status === 401 ? "unauthorized" : "bad request" }));
  if (req.method !== "POST") return void answer(405);
  if (!isAuthorised(req, deps.auth)) {
    res.writeHead(401, { "www-authenticate": 'Basic realm="centrala-runtime"' }).end();
    return;
  }
  const body = await readJson(req);
  if (!body) return void answer(400);
  const path = (req.url ?? "").split("?")[0];
  try {
    if (path === AGENT_STATUS_PATH) {
      // A leg placed into a caller's conference: its caller hears if it never answered, or has gone.
      const party = conferenceLegTagSchema.safeParse(body.customerData);
      if (party.success) {
        const status = String(body.call_status ?? "");
        const outcome = ["busy", "no-answer", "failed"].includes(status) ? "failed" : status === "completed" ? "left" : null;
        if (outcome) await notifyParty(deps.pool, party.data.callerSid, { type: "party", legSid: String(body.call_sid ?? ""), role: party.data.role, status: outcome });
        return void answer(200);
      }
      const tag = agentLegTagSchema.safeParse(body.customerData);
      if (!tag.success) return void answer(400);
      const status = String(body.call_status ?? "");
      if (status === "ringing" || status === "early-media") await reportLegRinging(deps.pool, tag.data, String(body.call_sid ?? ""));
      else if (["completed", "busy", "no-answer", "failed"].includes(status)) await reportLegEnded(deps.pool, tag.data, status, deps.now());
      return void answer(200);
    }
    if (body.event === "leave" && body.leaveReason === "dequeued" && typeof body.call_sid === "string" && typeof body.queue === "string") {
      const { rows } = await deps.pool.query<{ tenantId: string }>(`SELECT "tenantId" FROM "Queue" WHERE id = $1`, [body.queue]);
      if (rows[0]) await submitAcdEvent(deps.pool, rows[0].tenantId, { type: "callerLeft", at: deps.now(), callerId: body.call_sid, reason: "answered" });
    }
    answer(200);
  } catch (err) {
    deps.logger.error({ err: err instanceof Error ? err.message : String(err), path }, "could not handle a jambonz webhook");
    answer(500);
  }
}
