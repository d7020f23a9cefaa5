-- PartnerHelp schema 0005 (PostgreSql): the refund paths beyond memberships (CSP subscriptions and their invoice
-- credits, customers and Azure reservations, incidents and credit requests, store orders, tax refund claims).
-- Refunds may now pay back a returned reservation: a Subject column, a wider OrderId, and no foreign key to
-- membership orders.

ALTER TABLE refunds DROP CONSTRAINT "FK_refunds_membership_orders_OrderId";

ALTER TABLE refunds ALTER COLUMN "OrderId" TYPE character varying(64);

ALTER TABLE refunds ADD "Subject" character varying(32) NOT NULL DEFAULT 'MembershipOrder';

ALTER TABLE refunds ALTER COLUMN "Subject" DROP DEFAULT;

CREATE TABLE credit_requests (
    "Id" character varying(32) NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "IncidentId" character varying(32),
    "CustomerName" character varying(200) NOT NULL,
    "IncidentDate" date NOT NULL,
    "Category" character varying(32) NOT NULL,
    "Description" character varying(2000) NOT NULL,
    "WrittenRequest" character varying(4000) NOT NULL,
    "FormFileName" character varying(255) NOT NULL,
    "FormContentType" character varying(100) NOT NULL,
    "FormSizeBytes" bigint NOT NULL,
    "SubmittedBy" character varying(450) NOT NULL,
    "SubmittedAt" timestamp with time zone NOT NULL,
    "Status" character varying(32) NOT NULL,
    "StatusChangedAt" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_credit_requests" PRIMARY KEY ("Id")
);

CREATE TABLE credit_request_forms (
    "RequestId" character varying(32) NOT NULL,
    "Content" bytea NOT NULL,
    CONSTRAINT "PK_credit_request_forms" PRIMARY KEY ("RequestId"),
    CONSTRAINT "FK_credit_request_forms_credit_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES credit_requests ("Id") ON DELETE CASCADE
);

CREATE TABLE csp_customers (
    "Id" character varying(64) NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Domain" character varying(200) NOT NULL,
    "SubscriptionType" character varying(32) NOT NULL,
    CONSTRAINT "PK_csp_customers" PRIMARY KEY ("Id")
);

CREATE TABLE invoice_credit_lines (
    "Id" uuid NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "Source" character varying(32) NOT NULL,
    "SourceId" character varying(64) NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "InvoicePeriod" character varying(7) NOT NULL,
    CONSTRAINT "PK_invoice_credit_lines" PRIMARY KEY ("Id")
);

CREATE TABLE service_incidents (
    "Id" character varying(32) NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "CustomerName" character varying(200) NOT NULL,
    "OccurredOn" date NOT NULL,
    "Title" character varying(300) NOT NULL,
    "DemoAgeDays" integer,
    CONSTRAINT "PK_service_incidents" PRIMARY KEY ("Id")
);

CREATE TABLE store_orders (
    "Id" character varying(32) NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "PlacedBy" character varying(256) NOT NULL,
    "PlacedAt" timestamp with time zone NOT NULL,
    "DemoAgeDays" integer,
    CONSTRAINT "PK_store_orders" PRIMARY KEY ("Id")
);

CREATE TABLE reservations (
    "Id" character varying(64) NOT NULL,
    "OrderId" character varying(64) NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "CustomerId" character varying(64) NOT NULL,
    "CustomerName" character varying(200) NOT NULL,
    "Type" character varying(32) NOT NULL,
    "SkuName" character varying(100) NOT NULL,
    "Region" character varying(64) NOT NULL,
    "PurchasedAt" timestamp with time zone NOT NULL,
    "TermYears" integer NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Scope" character varying(32) NOT NULL,
    "ScopeSubscriptionId" character varying(64),
    "UtilizationPercent" numeric(5,2) NOT NULL,
    "Status" character varying(32) NOT NULL,
    "EndedAt" timestamp with time zone,
    "Version" integer NOT NULL,
    "DemoAgeDays" integer,
    CONSTRAINT "PK_reservations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_reservations_csp_customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES csp_customers ("Id") ON DELETE RESTRICT
);

CREATE TABLE csp_subscriptions (
    "Id" character varying(40) NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "CustomerName" character varying(200) NOT NULL,
    "ProductName" character varying(200) NOT NULL,
    "Quantity" integer NOT NULL,
    "PurchasedAt" timestamp with time zone NOT NULL,
    "TermMonths" integer NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "Status" character varying(32) NOT NULL,
    "EndedAt" timestamp with time zone,
    "CreditAmount" numeric(18,2),
    "Version" integer NOT NULL,
    "DemoAgeDays" integer,
    CONSTRAINT "PK_csp_subscriptions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_csp_subscriptions_partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES partners ("Id") ON DELETE RESTRICT
);

CREATE TABLE store_order_items (
    "Id" character varying(40) NOT NULL,
    "OrderId" character varying(32) NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "ProductName" character varying(200) NOT NULL,
    "Quantity" integer NOT NULL,
    "Amount" numeric(18,2) NOT NULL,
    "Currency" character varying(3) NOT NULL,
    "IsPreOrder" boolean NOT NULL,
    "ChargedAt" timestamp with time zone,
    "ShippedAt" timestamp with time zone,
    "CancelledAt" timestamp with time zone,
    CONSTRAINT "PK_store_order_items" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_store_order_items_store_orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES store_orders ("Id") ON DELETE CASCADE
);

CREATE TABLE tax_refund_claims (
    "Id" character varying(40) NOT NULL,
    "OrderId" character varying(32) NOT NULL,
    "PartnerId" character varying(64) NOT NULL,
    "RequestedBy" character varying(450) NOT NULL,
    "RequestedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_tax_refund_claims" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_tax_refund_claims_membership_orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES membership_orders ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_credit_requests_PartnerId_SubmittedAt" ON credit_requests ("PartnerId", "SubmittedAt");

CREATE INDEX "IX_credit_requests_Status_StatusChangedAt" ON credit_requests ("Status", "StatusChangedAt");

CREATE INDEX "IX_csp_customers_PartnerId" ON csp_customers ("PartnerId");

CREATE INDEX "IX_invoice_credit_lines_PartnerId_InvoicePeriod" ON invoice_credit_lines ("PartnerId", "InvoicePeriod");

CREATE UNIQUE INDEX "IX_invoice_credit_lines_Source_SourceId" ON invoice_credit_lines ("Source", "SourceId");

CREATE INDEX "IX_service_incidents_PartnerId" ON service_incidents ("PartnerId");

CREATE INDEX "IX_store_orders_PartnerId_PlacedAt" ON store_orders ("PartnerId", "PlacedAt");

CREATE INDEX "IX_reservations_CustomerId" ON reservations ("CustomerId");

CREATE INDEX "IX_reservations_PartnerId_CustomerId" ON reservations ("PartnerId", "CustomerId");

CREATE INDEX "IX_csp_subscriptions_PartnerId_PurchasedAt" ON csp_subscriptions ("PartnerId", "PurchasedAt");

CREATE INDEX "IX_store_order_items_OrderId" ON store_order_items ("OrderId");

CREATE UNIQUE INDEX "IX_tax_refund_claims_OrderId" ON tax_refund_claims ("OrderId");
