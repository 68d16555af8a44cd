/*
  Warnings:

  - You are about to drop the column `holdMusic` on the `Queue` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Queue" DROP COLUMN "holdMusic";
