-- Rakor JDBC store, schema version 4, H2 only: JSON bodies as CHARACTER VARYING instead of
-- CHARACTER LARGE OBJECT.
--
-- H2 keeps a CLOB longer than a few hundred bytes apart from its row, in LOB maps of its own: every
-- insert or update of a body writes those maps too, and every read streams the body back from
-- them. A CHARACTER VARYING value is kept in the row (H2's limit for one is 1,000,000,000
-- characters, far above any Rakor body), which makes a commit write and a read fetch less. Every
-- row is kept: H2 converts the text in place as it rebuilds each table. PostgreSQL keeps JSONB,
-- which has no such cost, so there is no PostgreSQL version 4.
ALTER TABLE rakor_aggregate ALTER COLUMN body SET DATA TYPE CHARACTER VARYING;
ALTER TABLE rakor_commitment ALTER COLUMN body SET DATA TYPE CHARACTER VARYING;
ALTER TABLE rakor_progress_report ALTER COLUMN body SET DATA TYPE CHARACTER VARYING;
ALTER TABLE rakor_observation ALTER COLUMN body SET DATA TYPE CHARACTER VARYING;
ALTER TABLE rakor_evaluation_record ALTER COLUMN body SET DATA TYPE CHARACTER VARYING;
ALTER TABLE rakor_event ALTER COLUMN event_json SET DATA TYPE CHARACTER VARYING;
