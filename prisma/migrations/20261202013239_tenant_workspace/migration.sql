-- The tenant workspace: numbers claimed from the pool and provisioned in jambonz, invitations,
-- password resets, the e-mail outbox, extensions with SIP credentials and voicemail, queues with
-- their settings, organisation settings, and the voicemail notice trigger.
-- CreateEnum
CREATE TYPE "NumberStatus" AS ENUM ('provisioning', 'active');

-- CreateEnum
CREATE TYPE "QueueStrategy" AS ENUM ('ringAll', 'inOrder', 'roundRobin', 'longestIdle', 'fewestCalls');

-- CreateEnum
CREATE TYPE "QueueOverflowAction" AS ENUM ('voicemail', 'queue', 'extension', 'external', 'hangup');

-- CreateEnum
CREATE TYPE "RecordingPolicy" AS ENUM ('always', 'never', 'onDemand');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('queued', 'sent', 'failed');

-- AlterTable
ALTER TABLE "Extension" ADD COLUMN     "forwardTo" TEXT,
ADD COLUMN     "sipHa1" TEXT,
ADD COLUMN     "sipPasswordSetAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "voicemailEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "voicemailGreeting" JSONB;

-- AlterTable
ALTER TABLE "PhoneNumber" ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "jambonzSid" TEXT,
ADD COLUMN     "status" "NumberStatus";

-- AlterTable
ALTER TABLE "Queue" ADD COLUMN     "announceEverySeconds" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "announcePosition" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "announceWaitTime" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "holdMusic" JSONB,
ADD COLUMN     "maxWaitSeconds" INTEGER NOT NULL DEFAULT 300,
ADD COLUMN     "overflowAction" "QueueOverflowAction" NOT NULL DEFAULT 'hangup',
ADD COLUMN     "overflowMessage" JSONB,
ADD COLUMN     "overflowTarget" TEXT,
ADD COLUMN     "recordingPolicy" "RecordingPolicy" NOT NULL DEFAULT 'never',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "wrapUpSeconds" INTEGER NOT NULL DEFAULT 10;

-- The strategy was free text, so keep each queue's choice under the new names.
ALTER TABLE "Queue" ALTER COLUMN "strategy" DROP DEFAULT;
ALTER TABLE "Queue" ALTER COLUMN "strategy" TYPE "QueueStrategy" USING (
  CASE "strategy"
    WHEN 'simultaneous' THEN 'ringAll'
    WHEN 'ringAll' THEN 'ringAll'
    WHEN 'roundRobin' THEN 'roundRobin'
    WHEN 'longestIdle' THEN 'longestIdle'
    WHEN 'fewestCalls' THEN 'fewestCalls'
    ELSE 'inOrder'
  END
)::"QueueStrategy";
ALTER TABLE "Queue" ALTER COLUMN "strategy" SET DEFAULT 'inOrder';

-- AlterTable
ALTER TABLE "QueueMember" ADD COLUMN     "penalty" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "jambonzApplicationSid" TEXT,
ADD COLUMN     "recordingAnnouncement" JSONB,
ADD COLUMN     "voice" TEXT;

-- CreateTable
CREATE TABLE "Invite" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordReset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "toEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'queued',
    "transport" TEXT,
    "dedupeKey" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoicemailRecipient" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "extensionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "VoicemailRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoicemailNotice" (
    "recordingId" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoicemailNotice_pkey" PRIMARY KEY ("recordingId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invite_tokenHash_key" ON "Invite"("tokenHash");

-- CreateIndex
CREATE INDEX "Invite_tenantId_idx" ON "Invite"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_tokenHash_key" ON "PasswordReset"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordReset_userId_idx" ON "PasswordReset"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailMessage_dedupeKey_key" ON "EmailMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "EmailMessage_tenantId_createdAt_idx" ON "EmailMessage"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "EmailMessage_toEmail_createdAt_idx" ON "EmailMessage"("toEmail", "createdAt");

-- CreateIndex
CREATE INDEX "VoicemailRecipient_tenantId_idx" ON "VoicemailRecipient"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "VoicemailRecipient_extensionId_userId_key" ON "VoicemailRecipient"("extensionId", "userId");

-- CreateIndex
CREATE INDEX "VoicemailNotice_tenantId_idx" ON "VoicemailNotice"("tenantId");

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordReset" ADD CONSTRAINT "PasswordReset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Extension" ADD CONSTRAINT "Extension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoicemailRecipient" ADD CONSTRAINT "VoicemailRecipient_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoicemailRecipient" ADD CONSTRAINT "VoicemailRecipient_extensionId_fkey" FOREIGN KEY ("extensionId") REFERENCES "Extension"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoicemailRecipient" ADD CONSTRAINT "VoicemailRecipient_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoicemailNotice" ADD CONSTRAINT "VoicemailNotice_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Numbers that already belong to a tenant were set up by hand: they count as live.
UPDATE "PhoneNumber" SET "status" = 'active', "claimedAt" = "createdAt" WHERE "tenantId" IS NOT NULL;

-- A new voicemail wakes the worker at once (it also sweeps for any notice it missed while down).
-- (The migration runner splits scripts at every semicolon, so the function body spells its
-- semicolons as the escape \073 inside an E'' string.)
CREATE OR REPLACE FUNCTION centrala_notify_voicemail() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''centrala_voicemail'', NEW."id")\073 RETURN NEW\073 END';

CREATE TRIGGER "Recording_voicemail_notify"
  AFTER INSERT ON "Recording"
  FOR EACH ROW WHEN (NEW."kind" = 'voicemail')
  EXECUTE FUNCTION centrala_notify_voicemail();
