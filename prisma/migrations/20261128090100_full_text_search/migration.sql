-- Full-text search over article bodies and claim texts. Expression indexes
-- rather than stored tsvector columns: Prisma's schema cannot describe a
-- generated column, and an expression index keeps the schema and the
-- database in step. Queries must use the same expressions to hit them:
--   to_tsvector('english', "title" || ' ' || "body")  on "Article"
--   to_tsvector('english', "text")                    on "Claim"
CREATE INDEX "Article_fts_idx" ON "Article" USING GIN (to_tsvector('english', "title" || ' ' || "body"));
CREATE INDEX "Claim_fts_idx" ON "Claim" USING GIN (to_tsvector('english', "text"));
