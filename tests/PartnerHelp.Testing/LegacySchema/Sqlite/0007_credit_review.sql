-- PartnerHelp schema 0007 (Sqlite): the credit request review's history (when the review started, when
-- and why it was decided).
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

ALTER TABLE "credit_requests" ADD "ReviewStartedAt" INTEGER NULL;

ALTER TABLE "credit_requests" ADD "DecidedAt" INTEGER NULL;

ALTER TABLE "credit_requests" ADD "DecisionReason" TEXT NULL;
