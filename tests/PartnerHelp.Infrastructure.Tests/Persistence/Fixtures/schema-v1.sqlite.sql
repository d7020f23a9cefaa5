-- A PartnerHelp database at schema version 1 with demo data, dumped from a real run (sqlite3 .dump).
-- The upgrade test loads it and migrates it to the newest schema without losing data. Never edit it.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_history (version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL);
INSERT INTO schema_history VALUES(1,'0001_initial','2026-11-22T00:01:12.3132386+00:00');
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
INSERT INTO AspNetRoles VALUES('c5809005-08d5-4557-9e91-b175edd2833a','MpnAdmin','MPNADMIN','71c594af-1a05-4bcb-8509-cc99a6895802');
INSERT INTO AspNetRoles VALUES('9b3c062d-9352-405c-ae28-7888da67a58e','AdminAgent','ADMINAGENT','575c7be0-6096-44cf-9b89-8321c76a073a');
INSERT INTO AspNetRoles VALUES('76656d55-e51e-4407-adc4-012e753481ef','HelpdeskAgent','HELPDESKAGENT','b3530e8d-d89c-4914-8e3d-50a8cbf777f2');
INSERT INTO AspNetRoles VALUES('4b14bc0a-3895-4f04-b70d-5d5ccca987b1','SalesAgent','SALESAGENT','864776a4-81a4-4045-9b86-10c22c056782');
INSERT INTO AspNetRoles VALUES('846837b8-253f-49b9-a5e6-11bcd1db1ab0','UserManagementAdmin','USERMANAGEMENTADMIN','e56a83d4-5a13-45da-8a5d-66aea86332cd');
INSERT INTO AspNetRoles VALUES('1ebbead4-da63-4224-9fec-01f2a9e6f836','Operator','OPERATOR','582f9094-3013-41d5-b85e-3341a721b594');
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
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
INSERT INTO AspNetUsers VALUES('e18b90b7-03a5-43c9-b466-7ae147356b80','contoso','Avery Admin',NULL,'admin@contoso.example','ADMIN@CONTOSO.EXAMPLE','admin@contoso.example','ADMIN@CONTOSO.EXAMPLE',1,'AQAAAAIAAYagAAAAEBxUi0BAaw4AxcW/fB09mMuqBfzE13IyHtbfhiIkOK0SBXSgtLlfQILix0LHPPlsyQ==','LSD6UMNOZSKEO6XATKEPMZQI7ZXHGPHK','bc282e1f-b38c-4999-b2fe-5ae2de76d444',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('7ed50e22-c5ef-43ae-8177-532d91cc507f','contoso','Uma User',NULL,'user@contoso.example','USER@CONTOSO.EXAMPLE','user@contoso.example','USER@CONTOSO.EXAMPLE',1,'AQAAAAIAAYagAAAAEFoewKs774Z4RG/1kLVfWYjQ/chLEACU99bprnkkNty+vRlTjNL9ileRmfe3ICdzCQ==','TMWRKUEBPLS5OOVSQ62LOW6PDIYVHF5T','27ee203d-96c6-4469-b151-7bec092054cb',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('ee9caa92-d0e4-4aad-bb83-483f80721e1f','fabrikam','Felix Admin',NULL,'admin@fabrikam.example','ADMIN@FABRIKAM.EXAMPLE','admin@fabrikam.example','ADMIN@FABRIKAM.EXAMPLE',1,'AQAAAAIAAYagAAAAEL1Lrb+/YrOrevz50VbaLAvSe6+cgVC52hioxiUhdFgZSzIENFCr/icnc2aOpo6jfQ==','AI4VIJCEEO7RH6PLAXCIZSQZAQPILAZH','ecd5a589-50ee-4e5e-9581-6cab5165e1d3',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('459f1599-b9d2-4760-987a-fa882689fbe7','northwind','Nora Agent',NULL,'agent@northwind.example','AGENT@NORTHWIND.EXAMPLE','agent@northwind.example','AGENT@NORTHWIND.EXAMPLE',1,'AQAAAAIAAYagAAAAEPgz/bJWzX/KKni+KKbp9vvwUrxXPQgtQbsMiClpG/S75wdfwm9JUmaMRXmxpfKahg==','5SYIUUD66VTQCMQQOSE6EPHQFRBCEBMW','4f2ea22e-67d9-464e-87e4-33d363783328',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('56988fed-80e5-4146-bc37-87bbb015438f',NULL,'Oskar Operator',NULL,'ops@partnerhelp.example','OPS@PARTNERHELP.EXAMPLE','ops@partnerhelp.example','OPS@PARTNERHELP.EXAMPLE',1,'AQAAAAIAAYagAAAAEBDeX9sG3d7lKthoJr0JDppTh+KuSij5Cu97WT5aK2sAzVfuIR4bdUjgLqX5HqVD8w==','A7EGPGO5XZ7M2MFTFSXOP6TSZS7NRTXG','eb8a8fbe-fb20-4a6e-80cb-57b7cbf29edb',NULL,0,0,NULL,1,0);
CREATE TABLE IF NOT EXISTS "outbox_messages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_outbox_messages" PRIMARY KEY,
    "Type" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Culture" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DispatchedAt" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "partners" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_partners" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CspRelationship" TEXT NOT NULL,
    "IsTaxExempt" INTEGER NOT NULL
);
INSERT INTO partners VALUES('contoso','Contoso','USD','Active','None',0);
INSERT INTO partners VALUES('fabrikam','Fabrikam','EUR','Suspended','None',0);
INSERT INTO partners VALUES('northwind','Northwind Traders','SEK','Active','IndirectProvider',1);
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
INSERT INTO AspNetUserRoles VALUES('e18b90b7-03a5-43c9-b466-7ae147356b80','c5809005-08d5-4557-9e91-b175edd2833a');
INSERT INTO AspNetUserRoles VALUES('ee9caa92-d0e4-4aad-bb83-483f80721e1f','c5809005-08d5-4557-9e91-b175edd2833a');
INSERT INTO AspNetUserRoles VALUES('459f1599-b9d2-4760-987a-fa882689fbe7','9b3c062d-9352-405c-ae28-7888da67a58e');
INSERT INTO AspNetUserRoles VALUES('459f1599-b9d2-4760-987a-fa882689fbe7','c5809005-08d5-4557-9e91-b175edd2833a');
INSERT INTO AspNetUserRoles VALUES('56988fed-80e5-4146-bc37-87bbb015438f','1ebbead4-da63-4224-9fec-01f2a9e6f836');
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "membership_orders" (
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
INSERT INTO membership_orders VALUES('CT-1001','contoso','PartnerSuccessCore',639305028000000000,'1765.0','USD','CreditCard','Visa •••• 4242',NULL,NULL,NULL,0,'Active',NULL,NULL,NULL,NULL,0,5);
INSERT INTO membership_orders VALUES('CT-1002','contoso','SolutionsPartnerDesignation',639270468000000000,'4730.0','USD','CreditCard','Visa •••• 4242',NULL,NULL,NULL,0,'Active',NULL,NULL,NULL,NULL,0,45);
INSERT INTO membership_orders VALUES('CT-1003','contoso','PartnerSuccessCore',639300708000000000,'1765.0','USD','CreditCard','Mastercard •••• 5454','AzureCredits',639301572000000000,NULL,0,'Active',NULL,NULL,NULL,NULL,1,10);
INSERT INTO membership_orders VALUES('CT-1004','contoso','ActionPack',639306756000000000,'475.0','USD','CreditCard','Visa •••• 4242',NULL,NULL,639306828000000000,0,'Active',NULL,NULL,NULL,NULL,1,3);
INSERT INTO membership_orders VALUES('CT-1005','contoso','SolutionsPartnerDesignation',639303300000000000,'4730.0','USD','WireTransfer','IBAN •••• 7731',NULL,NULL,NULL,0,'Active',NULL,NULL,NULL,NULL,0,7);
INSERT INTO membership_orders VALUES('CT-1006','contoso','LegacySilver',639298980000000000,'1900.0','USD','CreditCard','Visa •••• 4242',NULL,NULL,NULL,1,'Active',NULL,NULL,NULL,NULL,1,12);
INSERT INTO membership_orders VALUES('CT-1007','contoso','PartnerSuccessCore',639274788000000000,'1765.0','USD','WireTransfer','IBAN •••• 7731','VisualStudioSubscriptions',639275652000000000,NULL,0,'Active',NULL,NULL,NULL,NULL,1,40);
INSERT INTO membership_orders VALUES('CT-1008','contoso','ActionPack',639304164000000000,'475.0','USD','CreditCard','Visa •••• 4242',NULL,NULL,NULL,0,'Cancelled',639307620000000000,'admin@contoso.example','NoLongerNeeded',NULL,1,6);
INSERT INTO membership_orders VALUES('FB-2001','fabrikam','PartnerSuccessCore',639305028000000000,'1650.0','EUR','CreditCard','Visa •••• 1881',NULL,NULL,NULL,0,'Active',NULL,NULL,NULL,NULL,0,5);
INSERT INTO membership_orders VALUES('NW-3001','northwind','SolutionsPartnerDesignation',639136548000000000,'48000.0','SEK','CreditCard','Amex •••• 1005',NULL,NULL,NULL,0,'Active',NULL,NULL,NULL,NULL,0,200);
CREATE TABLE IF NOT EXISTS "refunds" (
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
INSERT INTO refunds VALUES('RF-CT-1008','CT-1008','contoso','475.0','USD','Visa •••• 4242','Processing',639307620000000000,639307623000000000,NULL,NULL,NULL,NULL,1);
CREATE TABLE IF NOT EXISTS "refund_transitions" (
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
INSERT INTO refund_transitions VALUES('RF-CT-1008',1,NULL,'Requested',639307620000000000,'system',NULL);
INSERT INTO refund_transitions VALUES('RF-CT-1008',2,'Requested','Processing',639307623000000000,'system',NULL);
DELETE FROM sqlite_sequence;
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
COMMIT;
