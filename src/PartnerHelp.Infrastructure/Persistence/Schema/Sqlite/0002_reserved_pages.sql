-- Placeholder so that the bot branch (script 0004) applies on its own: scripts must be numbered without
-- gaps. The lead replaces this file with the pages/jobs branch's real script of the same number at merge.
SELECT 1;
