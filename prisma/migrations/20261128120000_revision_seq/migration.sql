-- Undo needs the commit order of edits: createdAt ties within a millisecond.
-- Existing rows are numbered in createdAt order so the log keeps its history.
ALTER TABLE "Revision" ADD COLUMN "seq" INTEGER;
CREATE SEQUENCE "Revision_seq_seq" OWNED BY "Revision"."seq";
UPDATE "Revision" SET "seq" = n.rn
FROM (SELECT "id", nextval('"Revision_seq_seq"') AS rn FROM (SELECT "id" FROM "Revision" ORDER BY "createdAt", "id") o) n
WHERE "Revision"."id" = n."id";
ALTER TABLE "Revision" ALTER COLUMN "seq" SET DEFAULT nextval('"Revision_seq_seq"');
ALTER TABLE "Revision" ALTER COLUMN "seq" SET NOT NULL;
ALTER TABLE "Revision" ADD COLUMN "undoesBatchId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Revision_seq_key" ON "Revision"("seq");
