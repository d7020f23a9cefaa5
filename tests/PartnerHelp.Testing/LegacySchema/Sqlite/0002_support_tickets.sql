-- PartnerHelp schema 0002 (Sqlite): partners' support tickets.

CREATE TABLE "support_tickets" (
    "Reference" TEXT NOT NULL CONSTRAINT "PK_support_tickets" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "OrderId" TEXT NULL,
    "OpenedBy" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "SubmissionKey" TEXT NULL,
    "Status" TEXT NOT NULL,
    "OpenedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_support_tickets_partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "partners" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_support_tickets_PartnerId_OpenedAt" ON "support_tickets" ("PartnerId", "OpenedAt");

CREATE UNIQUE INDEX "IX_support_tickets_PartnerId_SubmissionKey" ON "support_tickets" ("PartnerId", "SubmissionKey");
