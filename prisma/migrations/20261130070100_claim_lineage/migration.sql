-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "lineageAt" TIMESTAMP(3),
ADD COLUMN     "lineageId" TEXT,
ADD COLUMN     "lineageSource" JSONB,
ADD COLUMN     "lshBands" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateIndex
CREATE INDEX "Claim_lineageId_idx" ON "Claim"("lineageId");

-- CreateIndex
CREATE INDEX "Claim_lshBands_idx" ON "Claim" USING GIN ("lshBands");


