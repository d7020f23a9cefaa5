-- PartnerHelp schema 0006 (PostgreSql): the data protection key ring, so sign-in cookies and antiforgery tokens
-- survive restarts and are valid on every node.
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

CREATE TABLE data_protection_keys (
    "FriendlyName" character varying(100) NOT NULL,
    "Xml" text NOT NULL,
    "StoredAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_data_protection_keys" PRIMARY KEY ("FriendlyName")
);
