-- Every campus fact says where it comes from and when it was true (#14). A database seeded
-- before this migration holds only facts of the seed article, hence these defaults.

ALTER TABLE key_figures ADD COLUMN source_by TEXT NOT NULL DEFAULT 'Innov''Asso (France Assos Santé)';
ALTER TABLE key_figures ADD COLUMN as_of TEXT NOT NULL DEFAULT '2022-02';
ALTER TABLE campus ADD COLUMN source_by TEXT NOT NULL DEFAULT 'Innov''Asso (France Assos Santé)';
ALTER TABLE campus ADD COLUMN as_of TEXT NOT NULL DEFAULT '2022-02';
