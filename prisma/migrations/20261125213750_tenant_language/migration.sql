-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'pl-PL';
