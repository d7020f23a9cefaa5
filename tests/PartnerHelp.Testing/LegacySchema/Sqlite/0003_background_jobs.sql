-- PartnerHelp schema 0003 (Sqlite): background jobs — payment processor simulator ledger, job attempts, partner
-- notifications, scheduler heartbeats, dashboard audit log, operator alerts. Quartz's own tables are provisioned by Quartz.

CREATE TABLE "job_alerts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_job_alerts" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Detail" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ResolvedAt" INTEGER NULL
);


CREATE TABLE "job_attempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_job_attempts" PRIMARY KEY AUTOINCREMENT,
    "JobGroup" TEXT NOT NULL,
    "JobName" TEXT NOT NULL,
    "TriggerName" TEXT NOT NULL,
    "FireInstanceId" TEXT NOT NULL,
    "SchedulerInstanceId" TEXT NOT NULL,
    "RetryAttempt" INTEGER NOT NULL,
    "Recovering" INTEGER NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "FinishedAt" INTEGER NULL,
    "DurationMs" INTEGER NULL,
    "Outcome" TEXT NOT NULL,
    "RetryScheduled" INTEGER NOT NULL,
    "Summary" TEXT NULL,
    "ExceptionType" TEXT NULL,
    "ExceptionMessage" TEXT NULL,
    "ExceptionDetail" TEXT NULL
);


CREATE TABLE "job_audit_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_job_audit_log" PRIMARY KEY AUTOINCREMENT,
    "At" INTEGER NOT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Detail" TEXT NULL
);


CREATE TABLE "partner_notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_partner_notifications" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "EmailFile" TEXT NULL,
    "ReadAt" INTEGER NULL
);


CREATE TABLE "payout_ledger" (
    "IdempotencyKey" TEXT NOT NULL CONSTRAINT "PK_payout_ledger" PRIMARY KEY,
    "RefundId" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Instrument" TEXT NOT NULL,
    "AcceptedAt" INTEGER NOT NULL,
    "SettlesAt" INTEGER NOT NULL
);


CREATE TABLE "scheduler_heartbeats" (
    "InstanceId" TEXT NOT NULL CONSTRAINT "PK_scheduler_heartbeats" PRIMARY KEY,
    "SchedulerName" TEXT NOT NULL,
    "HostName" TEXT NOT NULL,
    "ProcessId" INTEGER NOT NULL,
    "Clustered" INTEGER NOT NULL,
    "WorkerCount" INTEGER NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "LastHeartbeatAt" INTEGER NOT NULL,
    "StoppedAt" INTEGER NULL
);


CREATE INDEX "IX_job_alerts_Kind_Subject_ResolvedAt" ON "job_alerts" ("Kind", "Subject", "ResolvedAt");


CREATE INDEX "IX_job_attempts_JobGroup_JobName_StartedAt" ON "job_attempts" ("JobGroup", "JobName", "StartedAt");


CREATE INDEX "IX_job_attempts_StartedAt" ON "job_attempts" ("StartedAt");


CREATE INDEX "IX_job_audit_log_At" ON "job_audit_log" ("At");


CREATE UNIQUE INDEX "IX_partner_notifications_Kind_Subject" ON "partner_notifications" ("Kind", "Subject");


CREATE INDEX "IX_partner_notifications_PartnerId_CreatedAt" ON "partner_notifications" ("PartnerId", "CreatedAt");


CREATE INDEX "IX_payout_ledger_RefundId" ON "payout_ledger" ("RefundId");


