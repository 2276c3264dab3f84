-- Rakor JDBC store, schema version 1, H2 (the embedded store).
--
-- The same tables as the PostgreSQL schema (see postgresql/V1__rakor_schema.sql for the design),
-- in H2's types: the JSON is kept as text (H2 has no indexed JSON type worth using), arrays are
-- CHARACTER VARYING ARRAY without GIN indexes (an embedded store holds a district's data, which a
-- scan of the ordered index serves), and H2 compares text in Java's String order by default,
-- which is the contract's id-text order.

-- Aggregates without queries of their own (jurisdictions, units, forums, officials, meetings,
-- priorities, indicators, monitoring plans and cycles): one table, keyed by kind and id.
CREATE TABLE rakor_aggregate (
  kind    VARCHAR(32)  NOT NULL,
  id      VARCHAR(128) NOT NULL,
  version BIGINT       NOT NULL CHECK (version >= 1),
  body    CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT rakor_aggregate_pk PRIMARY KEY (kind, id)
);

-- Commitments: every criterion of CommitmentQuery has a column; results are ordered by
-- (due_date, id). Supporters and the scope's jurisdictions with all their ancestors are arrays,
-- so "supporter", "involving" and "within" are single containment tests.
CREATE TABLE rakor_commitment (
  id             VARCHAR(128) NOT NULL,
  version        BIGINT       NOT NULL CHECK (version >= 1),
  lead_unit      VARCHAR(128) NOT NULL,
  supporters     CHARACTER VARYING ARRAY NOT NULL,
  priority_id    VARCHAR(128) NOT NULL,
  area           VARCHAR(256) NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  due_date       DATE         NOT NULL,
  origin_meeting VARCHAR(128) NOT NULL,
  scope_paths    CHARACTER VARYING ARRAY NOT NULL,
  body           CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT rakor_commitment_pk PRIMARY KEY (id)
);
CREATE INDEX rakor_commitment_due ON rakor_commitment (due_date, id);
CREATE INDEX rakor_commitment_lead ON rakor_commitment (lead_unit, due_date, id);
CREATE INDEX rakor_commitment_priority ON rakor_commitment (priority_id, due_date, id);
CREATE INDEX rakor_commitment_meeting ON rakor_commitment (origin_meeting, due_date, id);
CREATE INDEX rakor_commitment_status ON rakor_commitment (status, due_date, id);
CREATE INDEX rakor_commitment_area ON rakor_commitment (area, due_date, id);

-- The multi-valued criteria of a commitment, one row per value, each with the commitment's due
-- date: key_kind 'supporter' (each supporter), 'involving' (the lead and each supporter) and
-- 'within' (each scope jurisdiction and all its ancestors). A query on one of them walks
-- (key_kind, key_value, sort_due, commitment_id) in the result order and joins the commitment, so
-- a page costs a page of rows however the matches are spread.
CREATE TABLE rakor_commitment_key (
  key_kind      VARCHAR(16)  NOT NULL,
  key_value     VARCHAR(128) NOT NULL,
  sort_due      DATE        NOT NULL,
  commitment_id VARCHAR(128) NOT NULL,
  CONSTRAINT rakor_commitment_key_pk PRIMARY KEY (key_kind, key_value, sort_due, commitment_id)
);
CREATE INDEX rakor_commitment_key_commitment ON rakor_commitment_key (commitment_id);

-- Progress reports, ordered by submission instant (seconds and nanoseconds, so that no precision
-- is lost) and id.
CREATE TABLE rakor_progress_report (
  id                VARCHAR(128) NOT NULL,
  version           BIGINT       NOT NULL CHECK (version >= 1),
  cycle_id          VARCHAR(128) NOT NULL,
  commitment_id     VARCHAR(128) NOT NULL,
  reporting_unit    VARCHAR(128) NOT NULL,
  submitted_seconds BIGINT       NOT NULL,
  submitted_nanos   INTEGER      NOT NULL,
  body              CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT rakor_progress_report_pk PRIMARY KEY (id)
);
CREATE INDEX rakor_progress_report_submitted
  ON rakor_progress_report (submitted_seconds, submitted_nanos, id);
CREATE INDEX rakor_progress_report_cycle
  ON rakor_progress_report (cycle_id, submitted_seconds, submitted_nanos, id);
CREATE INDEX rakor_progress_report_commitment
  ON rakor_progress_report (commitment_id, submitted_seconds, submitted_nanos, id);
CREATE INDEX rakor_progress_report_unit
  ON rakor_progress_report (reporting_unit, submitted_seconds, submitted_nanos, id);

-- Observations, ordered by period start and id. The jurisdiction subtree is a prefix match.
CREATE TABLE rakor_observation (
  id           VARCHAR(128) NOT NULL,
  version      BIGINT       NOT NULL CHECK (version >= 1),
  indicator_id VARCHAR(128) NOT NULL,
  jurisdiction VARCHAR(128) NOT NULL,
  period_start DATE         NOT NULL,
  period_end   DATE         NOT NULL,
  producer     VARCHAR(128) NOT NULL,
  body         CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT rakor_observation_pk PRIMARY KEY (id)
);
CREATE INDEX rakor_observation_start ON rakor_observation (period_start, id);
CREATE INDEX rakor_observation_indicator ON rakor_observation (indicator_id, period_start, id);
CREATE INDEX rakor_observation_jurisdiction ON rakor_observation (jurisdiction, period_start, id);
CREATE INDEX rakor_observation_producer ON rakor_observation (producer, period_start, id);

-- The event log: append-only and hash-chained (io.rakor.core.audit.HashChain). event_json is
-- the event's canonical JSON exactly as hashed, so the chain can be checked from the table alone.
CREATE TABLE rakor_event (
  sequence      BIGINT       NOT NULL CHECK (sequence >= 1),
  event_type    VARCHAR(64)  NOT NULL,
  subject_kind  VARCHAR(64)  NOT NULL,
  subject_id    VARCHAR(128) NOT NULL,
  previous_hash CHAR(64)     NOT NULL,
  hash          CHAR(64)     NOT NULL,
  event_json    CHARACTER LARGE OBJECT         NOT NULL,
  CONSTRAINT rakor_event_pk PRIMARY KEY (sequence),
  CONSTRAINT rakor_event_hash_unique UNIQUE (hash)
);
CREATE INDEX rakor_event_subject ON rakor_event (subject_kind, subject_id, sequence);

-- The log's head, one row, locked by each appending transaction so that appends are serialised
-- and the sequence has no gaps.
CREATE TABLE rakor_event_head (
  singleton     INTEGER  NOT NULL CHECK (singleton = 1),
  last_sequence BIGINT   NOT NULL,
  last_hash     CHAR(64) NOT NULL,
  CONSTRAINT rakor_event_head_pk PRIMARY KEY (singleton)
);
INSERT INTO rakor_event_head (singleton, last_sequence, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only: entries can be neither changed nor removed (the trigger class is in the jar).
CREATE TRIGGER rakor_event_no_update_or_delete
  BEFORE UPDATE, DELETE ON rakor_event
  FOR EACH ROW CALL 'io.rakor.persistence.jdbc.internal.H2AppendOnlyTrigger';
