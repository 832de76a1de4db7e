-- CreateEnum
CREATE TYPE "VerdictRating" AS ENUM ('ACCURATE', 'MOSTLY_ACCURATE', 'MISLEADING', 'FALSE', 'UNVERIFIABLE');

-- CreateTable
CREATE TABLE "Verdict" (
    "claimId" TEXT NOT NULL,
    "rating" "VerdictRating" NOT NULL,
    "explanation" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "reviewer" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verdict_pkey" PRIMARY KEY ("claimId")
);

-- CreateIndex
CREATE INDEX "Verdict_rating_idx" ON "Verdict"("rating");

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;


