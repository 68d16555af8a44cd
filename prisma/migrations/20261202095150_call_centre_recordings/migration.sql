-- AlterTable
ALTER TABLE "Extension" ADD COLUMN     "recordingPolicy" "RecordingPolicy" NOT NULL DEFAULT 'never';

-- AlterTable
ALTER TABLE "Recording" ADD COLUMN     "agentExtensionId" TEXT,
ADD COLUMN     "queueId" TEXT;

-- CreateIndex
CREATE INDEX "Recording_tenantId_agentExtensionId_createdAt_idx" ON "Recording"("tenantId", "agentExtensionId", "createdAt");
