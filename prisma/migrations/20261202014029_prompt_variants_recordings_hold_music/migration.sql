/*
  Warnings:

  - You are about to drop the column `durationMs` on the `Prompt` table. All the data in the column will be lost.
  - You are about to drop the column `mimeType` on the `Prompt` table. All the data in the column will be lost.
  - You are about to drop the column `sizeBytes` on the `Prompt` table. All the data in the column will be lost.
  - You are about to drop the column `storageKey` on the `Prompt` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Prompt" DROP COLUMN "durationMs",
DROP COLUMN "mimeType",
DROP COLUMN "sizeBytes",
DROP COLUMN "storageKey",
ADD COLUMN     "createdById" TEXT;

-- AlterTable
ALTER TABLE "Recording" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "fromNumber" TEXT,
ADD COLUMN     "heardAt" TIMESTAMP(3),
ADD COLUMN     "mimeType" TEXT NOT NULL DEFAULT 'audio/wav';

-- CreateTable
CREATE TABLE "PromptVariant" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "revision" TEXT NOT NULL,
    "originalKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "originalMime" TEXT NOT NULL,
    "originalSizeBytes" INTEGER NOT NULL,
    "normalisedKey" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "sampleRate" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "inputLoudness" DOUBLE PRECISION,
    "loudness" DOUBLE PRECISION,
    "peakDbfs" DOUBLE PRECISION,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PromptVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueHoldTrack" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "queueId" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "QueueHoldTrack_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PromptVariant_tenantId_idx" ON "PromptVariant"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "PromptVariant_promptId_language_key" ON "PromptVariant"("promptId", "language");

-- CreateIndex
CREATE INDEX "QueueHoldTrack_tenantId_idx" ON "QueueHoldTrack"("tenantId");

-- CreateIndex
CREATE INDEX "QueueHoldTrack_promptId_idx" ON "QueueHoldTrack"("promptId");

-- CreateIndex
CREATE UNIQUE INDEX "QueueHoldTrack_queueId_position_key" ON "QueueHoldTrack"("queueId", "position");

-- CreateIndex
CREATE INDEX "Recording_tenantId_mailbox_createdAt_idx" ON "Recording"("tenantId", "mailbox", "createdAt");

-- AddForeignKey
ALTER TABLE "PromptVariant" ADD CONSTRAINT "PromptVariant_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptVariant" ADD CONSTRAINT "PromptVariant_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueHoldTrack" ADD CONSTRAINT "QueueHoldTrack_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueHoldTrack" ADD CONSTRAINT "QueueHoldTrack_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueHoldTrack" ADD CONSTRAINT "QueueHoldTrack_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
