-- PartnerHelp schema 0009 (PostgreSql): counters kept in the same transaction as the rows they count.
-- refund_totals: refunds per state and currency in a few shards, so the refunds board never reads every refund.
-- partner_versions: a number raised by every save touching a partner's data, which page caches key on.
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

CREATE TABLE refund_totals (
    "Status" character varying(32) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Shard" integer NOT NULL,
    "Count" bigint NOT NULL,
    "AmountHundredths" bigint NOT NULL,
    CONSTRAINT "PK_refund_totals" PRIMARY KEY ("Status", "Currency", "Shard")
);

CREATE TABLE partner_versions (
    "PartnerId" character varying(64) NOT NULL,
    "Version" bigint NOT NULL,
    CONSTRAINT "PK_partner_versions" PRIMARY KEY ("PartnerId")
);

INSERT INTO refund_totals ("Status", "Currency", "Shard", "Count", "AmountHundredths")
SELECT "Status", "Currency", 0, COUNT(*), SUM(("Amount" * 100)::bigint)
FROM refunds
GROUP BY "Status", "Currency";
