-- PartnerHelp schema 0007 (PostgreSql): the credit request review's history (when the review started, when
-- and why it was decided).
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

ALTER TABLE credit_requests ADD "ReviewStartedAt" timestamp with time zone;

ALTER TABLE credit_requests ADD "DecidedAt" timestamp with time zone;

ALTER TABLE credit_requests ADD "DecisionReason" character varying(32);
