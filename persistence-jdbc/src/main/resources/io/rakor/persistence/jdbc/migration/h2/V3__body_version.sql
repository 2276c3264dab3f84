-- Rakor JDBC store, schema version 3, H2: the JSON schema version of every stored body.
--
-- Bodies are stored without a document envelope, so the version of Rakor's JSON format they were
-- written in is kept beside them. Every row kept from before this migration was written in JSON
-- schema version 1 (the default below); the store writes the current version (2) with every insert
-- and update, and reads a version-1 body by upgrading it (RakorJson.read(json, type, 1)), so no row
-- is rewritten here. The same change as postgresql/V3__body_version.sql.
ALTER TABLE rakor_aggregate ADD COLUMN body_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE rakor_commitment ADD COLUMN body_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE rakor_progress_report ADD COLUMN body_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE rakor_observation ADD COLUMN body_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE rakor_evaluation_record ADD COLUMN body_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE rakor_aggregate ADD CONSTRAINT rakor_aggregate_body_version CHECK (body_version >= 1);
ALTER TABLE rakor_commitment ADD CONSTRAINT rakor_commitment_body_version
  CHECK (body_version >= 1);
ALTER TABLE rakor_progress_report ADD CONSTRAINT rakor_progress_report_body_version
  CHECK (body_version >= 1);
ALTER TABLE rakor_observation ADD CONSTRAINT rakor_observation_body_version
  CHECK (body_version >= 1);
ALTER TABLE rakor_evaluation_record ADD CONSTRAINT rakor_evaluation_record_body_version
  CHECK (body_version >= 1);
