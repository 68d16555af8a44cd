-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "recordingRetentionDays" INTEGER NOT NULL DEFAULT 90;

-- CreateIndex: the retention job looks for old call recordings across tenants
CREATE INDEX "Recording_kind_createdAt_idx" ON "Recording"("kind", "createdAt");
