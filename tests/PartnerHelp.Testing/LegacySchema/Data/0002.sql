INSERT INTO "support_tickets" ("Reference", "PartnerId", "OrderId", "OpenedBy", "Subject", "Description", "Culture", "SubmissionKey", "Status", "OpenedAt", "UpdatedAt")
VALUES ('TCK-000001', 'contoso', 'CT-9001', 'user-1', 'Wire transfer refund', 'Please cancel CT-9001.', 'sv', 'submission-1', 'Open', {ts:2026-11-20T10:00:00Z}, {ts:2026-11-20T10:05:00Z});
