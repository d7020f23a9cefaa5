-- PartnerHelp schema 0011 (PostgreSql): jobs run on Hangfire.
-- scheduler_heartbeats goes: Hangfire's servers page reports every node.
-- recurring_job_pauses: recurring jobs an operator paused (Hangfire has no pause, and its in-memory storage forgets).
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

DROP TABLE scheduler_heartbeats;

CREATE TABLE recurring_job_pauses (
    "JobId" character varying(100) NOT NULL,
    "PausedAt" timestamp with time zone NOT NULL,
    "PausedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_recurring_job_pauses" PRIMARY KEY ("JobId")
);
