-- PartnerHelp schema 0010 (PostgreSql): what the demo data was last brought up to.
-- demo_state: one row, the UTC day untouched demo rows were re-based on and the build that seeded them,
-- so a restart on the same day by the same build skips the seeding queries.
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

CREATE TABLE demo_state (
    "Id" integer NOT NULL,
    "RebasedOn" date NOT NULL,
    "Catalog" character varying(64) NOT NULL,
    CONSTRAINT "PK_demo_state" PRIMARY KEY ("Id")
);
