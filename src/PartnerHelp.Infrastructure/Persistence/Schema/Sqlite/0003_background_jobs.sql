-- Placeholder for the jobs branch's script 0003_background_jobs.sql, so that the bot branch (script 0004)
-- applies on its own (scripts are numbered without gaps). At merge, keep the jobs branch's version.
SELECT 1;
