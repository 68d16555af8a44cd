import type { JambonzSession } from "@jambonz/node-client-ws";
import type { SqlRunner } from "@centrala/db";
import type { Logger } from "../observability/createLogger";
import { CALLER_CHANNEL, type CallerNotice, type ConferenceLegTag } from "./agentLegTag";

export const CONFERENCE_END_HOOK = "/cc/conference";

/** Tells the caller's call (on whichever instance carries it) what became of a leg of its conference. */
export async function notifyParty(pool: SqlRunner, callerSid: string, notice: Extract<CallerNotice, { type: "party" }>): Promise<void> {
  await pool.query(`SELECT pg_notify($1, $2)`, [CALLER_CHANNEL, JSON.stringify({ callerSid, notice })]);
}

/**
 * The conference verb for one who joins a caller's conversation (call-centre.md §4): a consulted
 * colleague or a third party joins fully (tagged `agent`); a supervisor listens (joins muted),
 * whispers (`speakOnlyTo: agent`: only the agents hear them) or barges in (heard by all).
 */
export function buildJoinVerb(tag: ConferenceLegTag) {
  const base = { verb: "conference", name: tag.room, beep: false, actionHook: CONFERENCE_END_HOOK };
  if (tag.role !== "supervisor") return { ...base, memberTag: "agent", startConferenceOnEnter: true, endConferenceOnExit: false };
  const supervisor = { ...base, memberTag: "supervisor", startConferenceOnEnter: false, endConferenceOnExit: false };
  if (tag.mode === "listen") return { ...supervisor, joinMuted: true };
  if (tag.mode === "whisper") return { ...supervisor, speakOnlyTo: "agent" };
  return supervisor;
}

/**
 * A leg the runtime placed into a caller's conference, once answered: it joins the room, and
 * hangs up when its part of the conference is over. The caller's call hears of both.
 */
export class ConferenceLegCall {
  constructor(private readonly session: JambonzSession, private readonly tag: ConferenceLegTag, private readonly deps: { pool: SqlRunner; logger: Logger }) {
    delete session.sip;
    delete session.data.sip;
  }

  attach(kind: "new" | "reconnect"): void {
    const { session, tag } = this;
    const msgid = session.msgid;
    session.on(CONFERENCE_END_HOOK, () => {
      this.ack(session.msgid, [{ verb: "hangup" }]);
      void notifyParty(this.deps.pool, tag.callerSid, { type: "party", legSid: session.call_sid, role: tag.role, status: "left" }).catch(() => {});
    });
    if (kind === "reconnect") return this.ack(msgid, []);
    this.ack(msgid, [buildJoinVerb(tag)]);
    void notifyParty(this.deps.pool, tag.callerSid, { type: "party", legSid: session.call_sid, role: tag.role, status: "answered" }).catch(() => {});
  }

  private ack(msgid: string, verbs: unknown[]): void {
    try {
      this.session.ws.send(JSON.stringify(verbs.length ? { type: "ack", msgid, data: verbs } : { type: "ack", msgid }));
    } catch (err) {
      this.deps.logger.warn({ err: err instanceof Error ? err.message : String(err) }, "could not answer jambonz (socket gone)");
    }
  }
}
