INSERT INTO "partner_versions" ("PartnerId", "Version") VALUES ('contoso', 7);
