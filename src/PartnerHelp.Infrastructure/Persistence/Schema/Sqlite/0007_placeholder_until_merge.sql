-- PLACEHOLDER on branch perf9 only, so 0008 applies without a gap: 0007 belongs to another branch.
-- The lead deletes this file when merging (it must never reach main).
SELECT 1;
