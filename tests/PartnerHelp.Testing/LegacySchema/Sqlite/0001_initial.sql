-- PartnerHelp schema 0001 (Sqlite): identity, partners, membership orders, refunds and their transitions, outbox.
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

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


CREATE TABLE "partners" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_partners" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CspRelationship" TEXT NOT NULL,
    "IsTaxExempt" INTEGER NOT NULL
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


CREATE TABLE "refunds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_refunds" PRIMARY KEY,
    "OrderId" TEXT NOT NULL,
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
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_refunds_membership_orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "membership_orders" ("Id") ON DELETE RESTRICT
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


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_PartnerId" ON "AspNetUsers" ("PartnerId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_membership_orders_PartnerId_PurchasedAt" ON "membership_orders" ("PartnerId", "PurchasedAt");


CREATE INDEX "IX_outbox_messages_DispatchedAt_CreatedAt" ON "outbox_messages" ("DispatchedAt", "CreatedAt");


CREATE UNIQUE INDEX "IX_refunds_OrderId" ON "refunds" ("OrderId");


CREATE INDEX "IX_refunds_PartnerId_Status" ON "refunds" ("PartnerId", "Status");


CREATE INDEX "IX_refunds_Status_RequestedAt" ON "refunds" ("Status", "RequestedAt");
