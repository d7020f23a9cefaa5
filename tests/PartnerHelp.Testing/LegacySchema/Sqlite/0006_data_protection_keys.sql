-- PartnerHelp schema 0006 (Sqlite): the data protection key ring, so sign-in cookies and antiforgery tokens
-- survive restarts and are valid on every node.
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

CREATE TABLE "data_protection_keys" (
    "FriendlyName" TEXT NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY,
    "Xml" TEXT NOT NULL,
    "StoredAt" INTEGER NOT NULL
);
