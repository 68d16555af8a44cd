-- CreateEnum
CREATE TYPE "AgentPresenceStatus" AS ENUM ('offline', 'available', 'away');

-- CreateTable
CREATE TABLE "AgentPresence" (
    "extensionId" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "status" "AgentPresenceStatus" NOT NULL DEFAULT 'offline',
    "awayReason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgentPresence_pkey" PRIMARY KEY ("extensionId")
);

-- CreateTable
CREATE TABLE "AcdRecord" (
    "tenantId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AcdRecord_pkey" PRIMARY KEY ("tenantId","kind","id")
);

-- CreateTable
CREATE TABLE "AcdInbox" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AcdInbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AcdLeg" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "callerSid" TEXT NOT NULL,
    "queueId" TEXT NOT NULL,
    "callSid" TEXT,
    "status" TEXT NOT NULL DEFAULT 'placing',
    "outcome" TEXT,
    "decision" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "AcdLeg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallAction" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "callSid" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "result" JSONB,
    "requestedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "CallAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgentPresence_tenantId_idx" ON "AgentPresence"("tenantId");

-- CreateIndex
CREATE INDEX "AcdInbox_tenantId_id_idx" ON "AcdInbox"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AcdLeg_callSid_key" ON "AcdLeg"("callSid");

-- CreateIndex
CREATE INDEX "AcdLeg_tenantId_createdAt_idx" ON "AcdLeg"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "AcdLeg_callerSid_idx" ON "AcdLeg"("callerSid");

-- CreateIndex
CREATE INDEX "CallAction_tenantId_createdAt_idx" ON "CallAction"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "CallAction_status_createdAt_idx" ON "CallAction"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "AgentPresence" ADD CONSTRAINT "AgentPresence_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentPresence" ADD CONSTRAINT "AgentPresence_extensionId_fkey" FOREIGN KEY ("extensionId") REFERENCES "Extension"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallAction" ADD CONSTRAINT "CallAction_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Inserting events wakes the dispatcher (one notification per statement).
CREATE FUNCTION centrala_acd_inbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('centrala_acd', '');
  RETURN NULL;
END
$$;
CREATE TRIGGER "AcdInbox_notify" AFTER INSERT ON "AcdInbox" FOR EACH STATEMENT EXECUTE FUNCTION centrala_acd_inbox_notify();

-- A queue or its members changed (from any screen or script): the dispatcher reads it again.
CREATE FUNCTION centrala_queue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row record;
  queue_id text;
BEGIN
  IF TG_OP = 'DELETE' THEN row := OLD; ELSE row := NEW; END IF;
  IF TG_TABLE_NAME = 'Queue' THEN queue_id := row.id; ELSE queue_id := row."queueId"; END IF;
  INSERT INTO "AcdInbox" ("tenantId", "event")
    VALUES (row."tenantId", jsonb_build_object('type', 'queueChanged', 'queueId', queue_id, 'at', (extract(epoch from clock_timestamp()) * 1000)::bigint));
  RETURN NULL;
END
$$;
CREATE TRIGGER "Queue_acd" AFTER INSERT OR UPDATE OR DELETE ON "Queue" FOR EACH ROW EXECUTE FUNCTION centrala_queue_changed();
CREATE TRIGGER "QueueMember_acd" AFTER INSERT OR UPDATE OR DELETE ON "QueueMember" FOR EACH ROW EXECUTE FUNCTION centrala_queue_changed();

-- Call actions: a new one wakes the runtime; a finished one tells whoever waits for it.
CREATE FUNCTION centrala_call_action_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('centrala_call_action', NEW.id);
  ELSIF NEW.status IN ('done', 'failed') AND OLD.status IS DISTINCT FROM NEW.status THEN
    PERFORM pg_notify('centrala_call_action_done', json_build_object('id', NEW.id, 'tenantId', NEW."tenantId", 'status', NEW.status)::text);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "CallAction_notify" AFTER INSERT OR UPDATE ON "CallAction" FOR EACH ROW EXECUTE FUNCTION centrala_call_action_notify();
