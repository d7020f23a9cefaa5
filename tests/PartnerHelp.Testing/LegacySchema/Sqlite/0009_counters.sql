-- PartnerHelp schema 0009 (Sqlite): counters kept in the same transaction as the rows they count.
-- refund_totals: refunds per state and currency in a few shards, so the refunds board never reads every refund.
-- partner_versions: a number raised by every save touching a partner's data, which page caches key on.
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

CREATE TABLE "refund_totals" (
    "Status" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Shard" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "AmountHundredths" INTEGER NOT NULL,
    CONSTRAINT "PK_refund_totals" PRIMARY KEY ("Status", "Currency", "Shard")
);

CREATE TABLE "partner_versions" (
    "PartnerId" TEXT NOT NULL CONSTRAINT "PK_partner_versions" PRIMARY KEY,
    "Version" INTEGER NOT NULL
);

-- Amounts are stored as decimal text; each is turned into whole hundredths before adding, so the sum is exact.
INSERT INTO "refund_totals" ("Status", "Currency", "Shard", "Count", "AmountHundredths")
SELECT "Status", "Currency", 0, COUNT(*), SUM(CAST(ROUND(CAST("Amount" AS REAL) * 100) AS INTEGER))
FROM "refunds"
GROUP BY "Status", "Currency";
