/*
  Warnings:

  - The primary key for the `CallEvent` table will be changed. If it partially fails, the table could be left without primary key constraint.
  - You are about to drop the column `id` on the `CallEvent` table. All the data in the column will be lost.
  - A unique constraint covering the columns `[id,tenantId]` on the table `Call` will be added. If there are existing duplicate values, this will fail.

*/
-- DropForeignKey
ALTER TABLE "CallEvent" DROP CONSTRAINT "CallEvent_callId_fkey";

-- DropForeignKey
ALTER TABLE "CallEvent" DROP CONSTRAINT "CallEvent_tenantId_fkey";

-- DropIndex
DROP INDEX "CallEvent_callId_seq_key";

-- DropIndex
DROP INDEX "CallEvent_tenantId_idx";

-- AlterTable
ALTER TABLE "CallEvent" DROP CONSTRAINT "CallEvent_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "CallEvent_pkey" PRIMARY KEY ("callId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Call_id_tenantId_key" ON "Call"("id", "tenantId");

-- AddForeignKey
ALTER TABLE "CallEvent" ADD CONSTRAINT "CallEvent_callId_tenantId_fkey" FOREIGN KEY ("callId", "tenantId") REFERENCES "Call"("id", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;
