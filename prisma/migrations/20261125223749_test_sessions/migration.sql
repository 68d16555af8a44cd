-- CreateTable
CREATE TABLE "TestSession" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "flowId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "ir" JSONB NOT NULL,
    "createdById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestSession_tokenHash_key" ON "TestSession"("tokenHash");

-- CreateIndex
CREATE INDEX "TestSession_tenantId_idx" ON "TestSession"("tenantId");

-- AddForeignKey
ALTER TABLE "TestSession" ADD CONSTRAINT "TestSession_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
