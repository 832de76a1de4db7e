-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "kindOrigin" "Origin" NOT NULL DEFAULT 'EXTRACTED',
ADD COLUMN     "nameOrigin" "Origin" NOT NULL DEFAULT 'EXTRACTED';

-- AlterTable
ALTER TABLE "EntityAlias" ADD COLUMN     "origin" "Origin" NOT NULL DEFAULT 'EXTRACTED';

-- CreateTable
CREATE TABLE "EntityKey" (
    "key" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "origin" "Origin" NOT NULL DEFAULT 'EXTRACTED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntityKey_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "EntityObservation" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "localId" TEXT NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "linkNames" TEXT[],

    CONSTRAINT "EntityObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityPairDecision" (
    "entityAId" TEXT NOT NULL,
    "entityBId" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntityPairDecision_pkey" PRIMARY KEY ("entityAId","entityBId")
);

-- CreateIndex
CREATE INDEX "EntityKey_entityId_idx" ON "EntityKey"("entityId");

-- CreateIndex
CREATE INDEX "EntityObservation_entityId_idx" ON "EntityObservation"("entityId");

-- CreateIndex
CREATE UNIQUE INDEX "EntityObservation_articleId_localId_key" ON "EntityObservation"("articleId", "localId");

-- CreateIndex
CREATE INDEX "EntityPairDecision_entityBId_idx" ON "EntityPairDecision"("entityBId");

-- AddForeignKey
ALTER TABLE "EntityKey" ADD CONSTRAINT "EntityKey_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityObservation" ADD CONSTRAINT "EntityObservation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityObservation" ADD CONSTRAINT "EntityObservation_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityPairDecision" ADD CONSTRAINT "EntityPairDecision_entityAId_fkey" FOREIGN KEY ("entityAId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityPairDecision" ADD CONSTRAINT "EntityPairDecision_entityBId_fkey" FOREIGN KEY ("entityBId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Aliases that analysts added stay when re-extraction refreshes the extracted ones.
UPDATE "EntityAlias" SET "origin" = 'MANUAL'
WHERE "id" IN (SELECT "targetId" FROM "Revision" WHERE "targetType" = 'EntityAlias' AND "action" IN ('entity.alias.add', 'entity.update'));

-- Entities stored before link keys existed keep linking by their name: one key per live
-- entity's folded name (a person only by a full name). Re-extraction rebuilds keys exactly.
INSERT INTO "EntityKey" ("key", "entityId")
SELECT DISTINCT ON (k) k, id
FROM (
  SELECT CASE WHEN "kind" = 'LOCATION' THEN 'place:' ELSE 'name:' END || "normName" AS k, "id", "createdAt"
  FROM "Entity"
  WHERE "mergedIntoId" IS NULL AND "normName" <> '' AND ("kind" <> 'PERSON' OR position(' ' IN "normName") > 0)
) s
ORDER BY k, "createdAt"
ON CONFLICT DO NOTHING;
