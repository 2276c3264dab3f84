-- Rakor JDBC store, schema version 3, PostgreSQL: the JSON schema version of every stored body.
--
-- Bodies are stored without a document envelope, so the version of Rakor's JSON format they were
-- written in is kept beside them. Every row kept from before this migration was written in JSON
-- schema version 1 (the default below); the store writes the current version (2) with every insert
-- and update, and reads a version-1 body by upgrading it (RakorJson.read(json, type, 1)), so no row
-- is rewritten here. Adding a column with a constant default changes no row on PostgreSQL 11 and
-- later: the tables are not rewritten, whatever their size.
ALTER TABLE rakor_aggregate
  ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1 CHECK (body_version >= 1);
ALTER TABLE rakor_commitment
  ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1 CHECK (body_version >= 1);
ALTER TABLE rakor_progress_report
  ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1 CHECK (body_version >= 1);
ALTER TABLE rakor_observation
  ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1 CHECK (body_version >= 1);
ALTER TABLE rakor_evaluation_record
  ADD COLUMN body_version INTEGER NOT NULL DEFAULT 1 CHECK (body_version >= 1);
