CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "PartnerId" TEXT NULL,
    "DisplayName" TEXT NOT NULL,
    "PreferredCulture" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "bot_conversations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_bot_conversations" PRIMARY KEY,
    "ChannelId" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "Locale" TEXT NULL,
    "PendingIntent" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "StartedAt" INTEGER NULL,
    "LastActivityAt" INTEGER NOT NULL
);


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
    "Version" INTEGER NOT NULL,
    "ReviewStartedAt" INTEGER NULL,
    "DecidedAt" INTEGER NULL,
    "DecisionReason" TEXT NULL
);


CREATE TABLE "csp_customers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_csp_customers" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Domain" TEXT NOT NULL,
    "SubscriptionType" TEXT NOT NULL
);


CREATE TABLE "data_protection_keys" (
    "FriendlyName" TEXT NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY,
    "Xml" TEXT NOT NULL,
    "StoredAt" INTEGER NOT NULL
);


CREATE TABLE "demo_state" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_demo_state" PRIMARY KEY,
    "RebasedOn" TEXT NOT NULL,
    "Catalog" TEXT NOT NULL
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


CREATE TABLE "job_alerts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_job_alerts" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Detail" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ResolvedAt" INTEGER NULL
);


CREATE TABLE "job_attempts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_job_attempts" PRIMARY KEY AUTOINCREMENT,
    "JobGroup" TEXT NOT NULL,
    "JobName" TEXT NOT NULL,
    "TriggerName" TEXT NOT NULL,
    "FireInstanceId" TEXT NOT NULL,
    "SchedulerInstanceId" TEXT NOT NULL,
    "RetryAttempt" INTEGER NOT NULL,
    "Recovering" INTEGER NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "FinishedAt" INTEGER NULL,
    "DurationMs" INTEGER NULL,
    "Outcome" TEXT NOT NULL,
    "RetryScheduled" INTEGER NOT NULL,
    "Summary" TEXT NULL,
    "ExceptionType" TEXT NULL,
    "ExceptionMessage" TEXT NULL,
    "ExceptionDetail" TEXT NULL
);


CREATE TABLE "job_audit_log" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_job_audit_log" PRIMARY KEY AUTOINCREMENT,
    "At" INTEGER NOT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Detail" TEXT NULL
);


CREATE TABLE "outbox_messages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_outbox_messages" PRIMARY KEY,
    "Type" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DispatchedAt" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL
);


CREATE TABLE "partner_notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_partner_notifications" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "EmailFile" TEXT NULL,
    "ReadAt" INTEGER NULL
);


CREATE TABLE "partner_versions" (
    "PartnerId" TEXT NOT NULL CONSTRAINT "PK_partner_versions" PRIMARY KEY,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "partners" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_partners" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CspRelationship" TEXT NOT NULL,
    "IsTaxExempt" INTEGER NOT NULL
);


CREATE TABLE "payout_ledger" (
    "IdempotencyKey" TEXT NOT NULL CONSTRAINT "PK_payout_ledger" PRIMARY KEY,
    "RefundId" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Instrument" TEXT NOT NULL,
    "AcceptedAt" INTEGER NOT NULL,
    "SettlesAt" INTEGER NOT NULL
);


CREATE TABLE "recurring_job_pauses" (
    "JobId" TEXT NOT NULL CONSTRAINT "PK_recurring_job_pauses" PRIMARY KEY,
    "PausedAt" INTEGER NOT NULL,
    "PausedBy" TEXT NOT NULL
);


CREATE TABLE "refund_totals" (
    "Status" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Shard" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "AmountHundredths" INTEGER NOT NULL,
    CONSTRAINT "PK_refund_totals" PRIMARY KEY ("Status", "Currency", "Shard")
);


CREATE TABLE "refunds" (
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


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "bot_activities" (
    "ConversationId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_bot_activities" PRIMARY KEY ("ConversationId", "Sequence"),
    CONSTRAINT "FK_bot_activities_bot_conversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES "bot_conversations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "bot_tokens" (
    "Hash" TEXT NOT NULL CONSTRAINT "PK_bot_tokens" PRIMARY KEY,
    "ConversationId" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    CONSTRAINT "FK_bot_tokens_bot_conversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES "bot_conversations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "credit_request_forms" (
    "RequestId" TEXT NOT NULL CONSTRAINT "PK_credit_request_forms" PRIMARY KEY,
    "Content" BLOB NOT NULL,
    CONSTRAINT "FK_credit_request_forms_credit_requests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "credit_requests" ("Id") ON DELETE CASCADE
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


CREATE TABLE "membership_orders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_membership_orders" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    "Offer" TEXT NOT NULL,
    "PurchasedAt" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "PaymentMethod" TEXT NOT NULL,
    "PaymentInstrument" TEXT NOT NULL,
    "ActivatedBenefit" TEXT NULL,
    "BenefitActivatedAt" INTEGER NULL,
    "ProductKeysViewedAt" INTEGER NULL,
    "GoldUpgradeDiscountUsed" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CancelledAt" INTEGER NULL,
    "CancelledBy" TEXT NULL,
    "CancellationReason" TEXT NULL,
    "CancellationNote" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "DemoAgeDays" INTEGER NULL,
    CONSTRAINT "FK_membership_orders_partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "partners" ("Id") ON DELETE RESTRICT
);


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


CREATE TABLE "refund_transitions" (
    "RefundId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Actor" TEXT NOT NULL,
    "Detail" TEXT NULL,
    CONSTRAINT "PK_refund_transitions" PRIMARY KEY ("RefundId", "Sequence"),
    CONSTRAINT "FK_refund_transitions_refunds_RefundId" FOREIGN KEY ("RefundId") REFERENCES "refunds" ("Id") ON DELETE CASCADE
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


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_PartnerId" ON "AspNetUsers" ("PartnerId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_bot_conversations_LastActivityAt" ON "bot_conversations" ("LastActivityAt");


CREATE INDEX "IX_bot_tokens_ConversationId" ON "bot_tokens" ("ConversationId");


CREATE INDEX "IX_bot_tokens_ExpiresAt" ON "bot_tokens" ("ExpiresAt");


CREATE INDEX "IX_credit_requests_PartnerId_SubmittedAt" ON "credit_requests" ("PartnerId", "SubmittedAt");


CREATE INDEX "IX_credit_requests_Status_StatusChangedAt" ON "credit_requests" ("Status", "StatusChangedAt");


CREATE INDEX "IX_csp_customers_PartnerId" ON "csp_customers" ("PartnerId");


CREATE INDEX "IX_csp_subscriptions_PartnerId_PurchasedAt" ON "csp_subscriptions" ("PartnerId", "PurchasedAt");


CREATE INDEX "IX_invoice_credit_lines_PartnerId_InvoicePeriod" ON "invoice_credit_lines" ("PartnerId", "InvoicePeriod");


CREATE UNIQUE INDEX "IX_invoice_credit_lines_Source_SourceId" ON "invoice_credit_lines" ("Source", "SourceId");


CREATE INDEX "IX_job_alerts_Kind_Subject_ResolvedAt" ON "job_alerts" ("Kind", "Subject", "ResolvedAt");


CREATE INDEX "IX_job_attempts_JobGroup_JobName_StartedAt" ON "job_attempts" ("JobGroup", "JobName", "StartedAt");


CREATE INDEX "IX_job_attempts_StartedAt" ON "job_attempts" ("StartedAt");


CREATE INDEX "IX_job_audit_log_At" ON "job_audit_log" ("At");


CREATE INDEX "IX_membership_orders_PartnerId_PurchasedAt" ON "membership_orders" ("PartnerId", "PurchasedAt");


CREATE INDEX "IX_outbox_messages_DispatchedAt_CreatedAt" ON "outbox_messages" ("DispatchedAt", "CreatedAt");


CREATE UNIQUE INDEX "IX_partner_notifications_Kind_Subject" ON "partner_notifications" ("Kind", "Subject");


CREATE INDEX "IX_partner_notifications_PartnerId_CreatedAt" ON "partner_notifications" ("PartnerId", "CreatedAt");


CREATE INDEX "IX_payout_ledger_RefundId" ON "payout_ledger" ("RefundId");


CREATE UNIQUE INDEX "IX_refunds_OrderId" ON "refunds" ("OrderId");


CREATE INDEX "IX_refunds_PartnerId_Status" ON "refunds" ("PartnerId", "Status");


CREATE INDEX "IX_refunds_RequestedAt" ON "refunds" ("RequestedAt");


CREATE INDEX "IX_refunds_Status_Currency_Amount" ON "refunds" ("Status", "Currency", "Amount");


CREATE INDEX "IX_refunds_Status_RequestedAt" ON "refunds" ("Status", "RequestedAt");


CREATE INDEX "IX_reservations_CustomerId" ON "reservations" ("CustomerId");


CREATE INDEX "IX_reservations_PartnerId_CustomerId" ON "reservations" ("PartnerId", "CustomerId");


CREATE INDEX "IX_service_incidents_PartnerId" ON "service_incidents" ("PartnerId");


CREATE INDEX "IX_store_order_items_OrderId" ON "store_order_items" ("OrderId");


CREATE INDEX "IX_store_orders_PartnerId_PlacedAt" ON "store_orders" ("PartnerId", "PlacedAt");


CREATE INDEX "IX_support_tickets_PartnerId_OpenedAt" ON "support_tickets" ("PartnerId", "OpenedAt");


CREATE UNIQUE INDEX "IX_support_tickets_PartnerId_SubmissionKey" ON "support_tickets" ("PartnerId", "SubmissionKey");


CREATE UNIQUE INDEX "IX_tax_refund_claims_OrderId" ON "tax_refund_claims" ("OrderId");
