-- PartnerHelp schema 0002 (PostgreSql): partners' support tickets.

CREATE TABLE "support_tickets" (
    "Reference" character varying(32) NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "OrderId" character varying(32),
    "OpenedBy" character varying(450) NOT NULL,
    "Subject" character varying(200) NOT NULL,
    "Description" character varying(2000) NOT NULL,
    "Culture" character varying(16) NOT NULL,
    "SubmissionKey" character varying(64),
    "Status" character varying(32) NOT NULL,
    "OpenedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_support_tickets" PRIMARY KEY ("Reference"),
    CONSTRAINT "FK_support_tickets_partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "partners" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_support_tickets_PartnerId_OpenedAt" ON "support_tickets" ("PartnerId", "OpenedAt");

CREATE UNIQUE INDEX "IX_support_tickets_PartnerId_SubmissionKey" ON "support_tickets" ("PartnerId", "SubmissionKey");
