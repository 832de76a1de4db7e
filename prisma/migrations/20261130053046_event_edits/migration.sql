-- Events for analysts (issue 7): kind, modality and date basis on events,
-- roles on participants, per-field MANUAL markers, reversible merges and
-- tombstones, each evidence row keeps what its report said, so re-extraction
-- can replace the share of one article, "possibly the same event" pairs.
-- The unique key on the fingerprint raced under concurrent ingests (issue 10):
-- folding now serialises on an advisory lock per kind instead.

-- CreateEnum
CREATE TYPE "EventModality" AS ENUM ('ACTUAL', 'NEGATED', 'HYPOTHETICAL', 'FUTURE');
CREATE TYPE "DateBasis" AS ENUM ('TEXT', 'PUBLICATION');
CREATE TYPE "ParticipantRole" AS ENUM ('AGENT', 'PATIENT', 'OTHER');
CREATE TYPE "CandidateStatus" AS ENUM ('OPEN', 'DISMISSED', 'MERGED');

-- Event: the kind was the first part of the fingerprint ("attack|2026-03-05|<place>").
ALTER TABLE "Event"
ADD COLUMN "kind" TEXT,
ADD COLUMN "modality" "EventModality" NOT NULL DEFAULT 'ACTUAL',
ADD COLUMN "dateBasis" "DateBasis",
ADD COLUMN "titleOrigin" "Origin" NOT NULL DEFAULT 'EXTRACTED',
ADD COLUMN "dateOrigin" "Origin" NOT NULL DEFAULT 'EXTRACTED',
ADD COLUMN "placeOrigin" "Origin" NOT NULL DEFAULT 'EXTRACTED',
ADD COLUMN "participantsOrigin" "Origin" NOT NULL DEFAULT 'EXTRACTED',
ADD COLUMN "mergedIntoId" TEXT,
ADD COLUMN "deletedAt" TIMESTAMP(3);
UPDATE "Event" SET "kind" = COALESCE(NULLIF(split_part("fingerprint", '|', 1), ''), 'event'),
                   "dateBasis" = CASE WHEN "date" IS NULL THEN NULL ELSE 'TEXT'::"DateBasis" END;
ALTER TABLE "Event" ALTER COLUMN "kind" SET NOT NULL;
DROP INDEX "Event_fingerprint_key";
ALTER TABLE "Event" DROP COLUMN "fingerprint";

-- EventParticipant: free-text roles ("participant") become OTHER.
ALTER TABLE "EventParticipant" DROP CONSTRAINT "EventParticipant_pkey";
ALTER TABLE "EventParticipant" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "EventParticipant" ALTER COLUMN "role" TYPE "ParticipantRole"
  USING (CASE upper("role") WHEN 'AGENT' THEN 'AGENT' WHEN 'PATIENT' THEN 'PATIENT' ELSE 'OTHER' END)::"ParticipantRole";
ALTER TABLE "EventParticipant" ALTER COLUMN "role" SET DEFAULT 'OTHER';
-- Two old roles may now be the same OTHER: keep one row.
DELETE FROM "EventParticipant" p USING "EventParticipant" q
WHERE p."eventId" = q."eventId" AND p."entityId" = q."entityId" AND p."role" = q."role" AND p.ctid > q.ctid;
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId", "entityId", "role");

-- EventEvidence: each existing row reads as its event did.
ALTER TABLE "EventEvidence" DROP CONSTRAINT "EventEvidence_claimId_fkey";
DROP INDEX "EventEvidence_eventId_articleId_start_key";
ALTER TABLE "EventEvidence"
ADD COLUMN "origin" "Origin" NOT NULL DEFAULT 'EXTRACTED',
ADD COLUMN "kind" TEXT,
ADD COLUMN "modality" "EventModality" NOT NULL DEFAULT 'ACTUAL',
ADD COLUMN "title" TEXT,
ADD COLUMN "date" TIMESTAMP(3),
ADD COLUMN "precision" "DatePrecision",
ADD COLUMN "endDate" TIMESTAMP(3),
ADD COLUMN "dateBasis" "DateBasis",
ADD COLUMN "locationId" TEXT,
ADD COLUMN "participants" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "EventEvidence" x SET
  "kind" = e."kind", "title" = e."title", "date" = e."date", "precision" = e."precision", "endDate" = e."endDate",
  "dateBasis" = e."dateBasis", "locationId" = e."locationId",
  "participants" = COALESCE((SELECT jsonb_agg(jsonb_build_object('entityId', p."entityId", 'role', p."role") ORDER BY p."entityId", p."role")
                             FROM "EventParticipant" p WHERE p."eventId" = e."id"), '[]'::jsonb)
FROM "Event" e WHERE e."id" = x."eventId";
ALTER TABLE "EventEvidence" ALTER COLUMN "kind" SET NOT NULL;
ALTER TABLE "EventEvidence" ALTER COLUMN "title" SET NOT NULL;

-- CreateTable
CREATE TABLE "EventCandidate" (
    "id" TEXT NOT NULL,
    "eventAId" TEXT NOT NULL,
    "eventBId" TEXT NOT NULL,
    "status" "CandidateStatus" NOT NULL DEFAULT 'OPEN',
    "reasons" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventCandidate_status_createdAt_idx" ON "EventCandidate"("status", "createdAt");
CREATE INDEX "EventCandidate_eventBId_idx" ON "EventCandidate"("eventBId");
CREATE UNIQUE INDEX "EventCandidate_eventAId_eventBId_key" ON "EventCandidate"("eventAId", "eventBId");
CREATE INDEX "Event_kind_modality_date_idx" ON "Event"("kind", "modality", "date");
CREATE INDEX "Event_mergedIntoId_idx" ON "Event"("mergedIntoId");
CREATE INDEX "EventEvidence_eventId_articleId_idx" ON "EventEvidence"("eventId", "articleId");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EventEvidence" ADD CONSTRAINT "EventEvidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "EventCandidate" ADD CONSTRAINT "EventCandidate_eventAId_fkey" FOREIGN KEY ("eventAId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventCandidate" ADD CONSTRAINT "EventCandidate_eventBId_fkey" FOREIGN KEY ("eventBId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
