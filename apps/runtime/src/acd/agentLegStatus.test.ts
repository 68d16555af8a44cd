import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { readDatabaseUrl } from "@centrala/db";
import { reportLegAnswered, reportLegEnded } from "./agentLegStatus";
import type { AgentLegTag } from "./agentLegTag";

// Against a real PostgreSQL: what the dispatcher's inbox receives when an agent leg's reports
// arrive twice, or "answered" and "ended" race from two instances.
const pool = new pg.Pool({ connectionString: readDatabaseUrl(), max: 8 });
afterAll(() => pool.end());

async function createLeg(status = "ringing"): Promise<AgentLegTag> {
  const tag: AgentLegTag = {
    centrala: "agentLeg", tenantId: `t-${randomUUID()}`, offerId: `o-${randomUUID()}`, agentId: `a-${randomUUID()}`,
    callerSid: `c-${randomUUID()}`, queueId: "q", language: "pl-PL",
  };
  await pool.query(`INSERT INTO "AcdLeg" (id, "tenantId", "offerId", "agentId", "callerSid", "queueId", status) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
    `${tag.offerId}:${tag.agentId}`, tag.tenantId, tag.offerId, tag.agentId, tag.callerSid, tag.queueId, status,
  ]);
  return tag;
}
async function inbox(tenantId: string): Promise<{ type: string }[]> {
  const { rows } = await pool.query<{ event: { type: string } }>(`SELECT event FROM "AcdInbox" WHERE "tenantId" = $1 ORDER BY id`, [tenantId]);
  return rows.map((row) => row.event);
}

describe("agent leg reports", () => {
  it("tell the dispatcher once that a leg was answered, with the offer and agent", async () => {
    const tag = await createLeg();
    expect(await reportLegAnswered(pool, tag, 1234)).toBe(true);
    expect(await reportLegAnswered(pool, tag, 1235)).toBe(false);
    expect(await inbox(tag.tenantId)).toEqual([{ type: "offerAnswered", at: 1234, offerId: tag.offerId, agentId: tag.agentId }]);
    const { rows } = await pool.query(`SELECT status, "answeredAt" IS NOT NULL AS answered FROM "AcdLeg" WHERE id = $1`, [`${tag.offerId}:${tag.agentId}`]);
    expect(rows[0]).toEqual({ status: "answered", answered: true });
  });

  it("say nothing of an answer after the leg ended", async () => {
    const tag = await createLeg();
    await reportLegEnded(pool, tag, "no-answer", 10);
    expect(await reportLegAnswered(pool, tag, 11)).toBe(false);
    expect(await inbox(tag.tenantId)).toEqual([{ type: "offerFailed", at: 10, offerId: tag.offerId, agentId: tag.agentId, reason: "noAnswer" }]);
  });

  it("never queue a leg's end before its answer when both are heard at once on two instances", async () => {
    const tags = await Promise.all(Array.from({ length: 150 }, () => createLeg()));
    await Promise.all(tags.map((tag) => Promise.all([reportLegAnswered(pool, tag, 1), reportLegEnded(pool, tag, "completed", 2)])));
    for (const tag of tags) {
      const types = (await inbox(tag.tenantId)).map((event) => event.type);
      // Either the end came first (never answered: the offer failed) or the answer did, then the end.
      expect([["offerFailed"], ["offerAnswered", "agentCallEnded"]]).toContainEqual(types);
    }
  });
});
