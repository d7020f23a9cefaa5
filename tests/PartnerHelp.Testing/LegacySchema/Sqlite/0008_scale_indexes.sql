-- PartnerHelp schema 0008 (Sqlite): indexes for large data sets. The refunds board lists refunds newest
-- first a page at a time, and its counts and totals per state and currency are read from an index alone.
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

CREATE INDEX "IX_refunds_RequestedAt" ON "refunds" ("RequestedAt");
CREATE INDEX "IX_refunds_Status_Currency_Amount" ON "refunds" ("Status", "Currency", "Amount");
