-- PartnerHelp schema 0005 (Sqlite): the refund paths beyond memberships (CSP subscriptions and their invoice
-- credits, customers and Azure reservations, incidents and credit requests, store orders, tax refund claims).
-- Refunds may now pay back a returned reservation: a Subject column, a wider OrderId, and no foreign key to
-- membership orders.
-- partnerhelp: sqlite-foreign-keys-off

CREATE TABLE "refunds_new" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_refunds" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "PaymentInstrument" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "ProcessingAt" INTEGER NULL,
    "CompletedAt" INTEGER NULL,
    "FailedAt" INTEGER NULL,
    "FailureReason" TEXT NULL,
    "ProcessorReference" TEXT NULL,
    "Version" INTEGER NOT NULL
);

INSERT INTO "refunds_new" ("Id", "OrderId", "Subject", "PartnerId", "Amount", "Currency", "PaymentInstrument", "Status", "RequestedAt", "ProcessingAt", "CompletedAt", "FailedAt", "FailureReason", "ProcessorReference", "Version")
SELECT "Id", "OrderId", 'MembershipOrder', "PartnerId", "Amount", "Currency", "PaymentInstrument", "Status", "RequestedAt", "ProcessingAt", "CompletedAt", "FailedAt", "FailureReason", "ProcessorReference", "Version" FROM "refunds";

DROP TABLE "refunds";

ALTER TABLE "refunds_new" RENAME TO "refunds";

CREATE UNIQUE INDEX "IX_refunds_OrderId" ON "refunds" ("OrderId");

CREATE INDEX "IX_refunds_PartnerId_Status" ON "refunds" ("PartnerId", "Status");

CREATE INDEX "IX_refunds_Status_RequestedAt" ON "refunds" ("Status", "RequestedAt");

CREATE TABLE "credit_requests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_credit_requests" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "IncidentId" TEXT NULL,
    "CustomerName" TEXT NOT NULL,
    "IncidentDate" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "WrittenRequest" TEXT NOT NULL,
    "FormFileName" TEXT NOT NULL,
    "FormContentType" TEXT NOT NULL,
    "FormSizeBytes" INTEGER NOT NULL,
    "SubmittedBy" TEXT NOT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusChangedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "credit_request_forms" (
    "RequestId" TEXT NOT NULL CONSTRAINT "PK_credit_request_forms" PRIMARY KEY,
    "Content" BLOB NOT NULL,
    CONSTRAINT "FK_credit_request_forms_credit_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "credit_requests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "csp_customers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_csp_customers" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Domain" TEXT NOT NULL,
    "SubscriptionType" TEXT NOT NULL
);

CREATE TABLE "invoice_credit_lines" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_invoice_credit_lines" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "SourceId" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "InvoicePeriod" TEXT NOT NULL
);

CREATE TABLE "service_incidents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_service_incidents" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "OccurredOn" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "DemoAgeDays" INTEGER NULL
);

CREATE TABLE "store_orders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_store_orders" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "PlacedBy" TEXT NOT NULL,
    "PlacedAt" INTEGER NOT NULL,
    "DemoAgeDays" INTEGER NULL
);

CREATE TABLE "reservations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_reservations" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "SkuName" TEXT NOT NULL,
    "Region" TEXT NOT NULL,
    "PurchasedAt" INTEGER NOT NULL,
    "TermYears" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Scope" TEXT NOT NULL,
    "ScopeSubscriptionId" TEXT NULL,
    "UtilizationPercent" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "EndedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    "DemoAgeDays" INTEGER NULL,
    CONSTRAINT "FK_reservations_csp_customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "csp_customers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "csp_subscriptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_csp_subscriptions" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "ProductName" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "PurchasedAt" INTEGER NOT NULL,
    "TermMonths" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "EndedAt" INTEGER NULL,
    "CreditAmount" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "DemoAgeDays" INTEGER NULL,
    CONSTRAINT "FK_csp_subscriptions_partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "partners" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "store_order_items" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_store_order_items" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "ProductName" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "IsPreOrder" INTEGER NOT NULL,
    "ChargedAt" INTEGER NULL,
    "ShippedAt" INTEGER NULL,
    "CancelledAt" INTEGER NULL,
    CONSTRAINT "FK_store_order_items_store_orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "store_orders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "tax_refund_claims" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tax_refund_claims" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
    "PartnerId" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_tax_refund_claims_membership_orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "membership_orders" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_credit_requests_PartnerId_SubmittedAt" ON "credit_requests" ("PartnerId", "SubmittedAt");

CREATE INDEX "IX_credit_requests_Status_StatusChangedAt" ON "credit_requests" ("Status", "StatusChangedAt");

CREATE INDEX "IX_csp_customers_PartnerId" ON "csp_customers" ("PartnerId");

CREATE INDEX "IX_invoice_credit_lines_PartnerId_InvoicePeriod" ON "invoice_credit_lines" ("PartnerId", "InvoicePeriod");

CREATE UNIQUE INDEX "IX_invoice_credit_lines_Source_SourceId" ON "invoice_credit_lines" ("Source", "SourceId");

CREATE INDEX "IX_service_incidents_PartnerId" ON "service_incidents" ("PartnerId");

CREATE INDEX "IX_store_orders_PartnerId_PlacedAt" ON "store_orders" ("PartnerId", "PlacedAt");

CREATE INDEX "IX_reservations_CustomerId" ON "reservations" ("CustomerId");

CREATE INDEX "IX_reservations_PartnerId_CustomerId" ON "reservations" ("PartnerId", "CustomerId");

CREATE INDEX "IX_csp_subscriptions_PartnerId_PurchasedAt" ON "csp_subscriptions" ("PartnerId", "PurchasedAt");

CREATE INDEX "IX_store_order_items_OrderId" ON "store_order_items" ("OrderId");

CREATE UNIQUE INDEX "IX_tax_refund_claims_OrderId" ON "tax_refund_claims" ("OrderId");
