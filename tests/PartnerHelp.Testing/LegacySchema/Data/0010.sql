INSERT INTO "demo_state" ("Id", "RebasedOn", "Catalog") VALUES (1, '2026-11-20', '0b5c8d1e2f3a4b5c6d7e8f9012345678');
