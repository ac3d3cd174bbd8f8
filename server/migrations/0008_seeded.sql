-- What the seed has loaded into this database, once each: a part deleted later (the demo
-- accounts, say) is never loaded again. A database made before this table records what
-- it already holds, so nothing is seeded a second time.
CREATE TABLE seeded (
    part TEXT PRIMARY KEY NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

INSERT INTO seeded (part) SELECT 'campus' WHERE EXISTS (SELECT 1 FROM campus);
INSERT INTO seeded (part) SELECT 'real-startups' WHERE EXISTS (SELECT 1 FROM startups);
INSERT INTO seeded (part) SELECT 'sample-startups' WHERE EXISTS (SELECT 1 FROM startups);
INSERT INTO seeded (part) SELECT 'sample-programmes' WHERE EXISTS (SELECT 1 FROM programmes);
INSERT INTO seeded (part) SELECT 'demo-accounts' WHERE EXISTS (SELECT 1 FROM accounts);
