-- A test call from the editor may run "as if" at another moment (time travel for testing).
-- AlterTable
ALTER TABLE "TestSession" ADD COLUMN     "at" TIMESTAMP(3);
