-- Calls are never left "in progress": each live call state names the runtime instance carrying it and
-- when its socket closed; instances write a heartbeat, and a reaper closes calls nobody carries.
-- AlterTable
ALTER TABLE "CallState" ADD COLUMN     "detachedAt" TIMESTAMP(3),
ADD COLUMN     "instanceId" TEXT;

-- CreateTable
CREATE TABLE "RuntimeInstance" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuntimeInstance_pkey" PRIMARY KEY ("id")
);
