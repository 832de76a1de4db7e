-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('QUEUED', 'EXTRACTING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportSource" AS ENUM ('PASTE', 'UPLOAD', 'URL', 'FEED', 'CLI');

-- CreateTable
CREATE TABLE "ArticleImport" (
    "id" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'QUEUED',
    "source" "ImportSource" NOT NULL,
    "origin" TEXT,
    "batchId" TEXT,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" DATE,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "fictional" BOOLEAN NOT NULL DEFAULT false,
    "actor" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "articleId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ArticleImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" TEXT NOT NULL,
    "source" "ImportSource" NOT NULL,
    "label" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "resumeKey" TEXT,
    "cursor" TEXT,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "problems" JSONB NOT NULL DEFAULT '[]',
    "readAll" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleImport_contentHash_key" ON "ArticleImport"("contentHash");

-- CreateIndex
CREATE INDEX "ArticleImport_status_createdAt_idx" ON "ArticleImport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleImport_batchId_status_idx" ON "ArticleImport"("batchId", "status");

-- CreateIndex
CREATE INDEX "ArticleImport_articleId_idx" ON "ArticleImport"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportBatch_resumeKey_key" ON "ImportBatch"("resumeKey");

-- AddForeignKey
ALTER TABLE "ArticleImport" ADD CONSTRAINT "ArticleImport_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleImport" ADD CONSTRAINT "ArticleImport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;


