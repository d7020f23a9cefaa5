-- Placeholder so this branch's script numbers have no gap: 0002 belongs to the pages branch.
-- The lead deletes this file when merging pages before jobs.
SELECT 1;
