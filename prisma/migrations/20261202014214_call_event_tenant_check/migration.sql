-- Call records keep up from the first minute on a fresh database.
--
-- The foreign key (callId, tenantId) -> Call(id, tenantId) made every CallEvent insert run
-- `SELECT 1 FROM "Call" WHERE id = $1 AND "tenantId" = $2`. Each backend plans that check once and
-- keeps the plan until the table's statistics change. Planned while "Call" was small and had never
-- been analysed, it used the call-log index ("tenantId", "startedAt") and then scanned all of the
-- tenant's calls for every event row (2-3 ms a row with tens of thousands of calls) until
-- autovacuum's first ANALYZE, up to a minute later. The plain foreign key below checks `id = $1`
-- only, which no index but the primary key can serve, whatever the statistics say.
--
-- The tenant rule the composite key enforced (an event belongs to a call of the same tenant) is
-- kept by a statement-level trigger: one join of the inserted rows with their calls per statement,
-- planned afresh each time (EXECUTE), refused as a foreign-key violation.

-- DropForeignKey
ALTER TABLE "CallEvent" DROP CONSTRAINT "CallEvent_callId_tenantId_fkey";

-- DropIndex
DROP INDEX "Call_id_tenantId_key";

-- AddForeignKey
ALTER TABLE "CallEvent" ADD CONSTRAINT "CallEvent_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION centrala_call_event_tenant_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  stranger record;
BEGIN
  EXECUTE 'SELECT n."callId", n."tenantId" FROM centrala_new_call_events n JOIN "Call" c ON c.id = n."callId"
           WHERE c."tenantId" <> n."tenantId" LIMIT 1' INTO stranger;
  IF stranger IS NOT NULL THEN
    RAISE EXCEPTION 'insert or update on table "CallEvent" violates foreign key constraint "CallEvent_call_tenant": call % belongs to another tenant than %', stranger."callId", stranger."tenantId"
      USING ERRCODE = 'foreign_key_violation', TABLE = 'CallEvent', CONSTRAINT = 'CallEvent_call_tenant';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "CallEvent_call_tenant_insert" AFTER INSERT ON "CallEvent"
  REFERENCING NEW TABLE AS centrala_new_call_events
  FOR EACH STATEMENT EXECUTE FUNCTION centrala_call_event_tenant_check();

CREATE TRIGGER "CallEvent_call_tenant_update" AFTER UPDATE ON "CallEvent"
  REFERENCING NEW TABLE AS centrala_new_call_events
  FOR EACH STATEMENT EXECUTE FUNCTION centrala_call_event_tenant_check();
