-- Rakor JDBC store, schema version 2, H2: stored evaluations of monitoring cycles
-- (AggregateKind.EVALUATION_RECORD, one per cycle, keyed by the cycle's id). The same table as
-- postgresql/V2__evaluation_records.sql, in H2's types.
CREATE TABLE rakor_evaluation_record (
  id             VARCHAR(128) NOT NULL,
  version        BIGINT       NOT NULL CHECK (version >= 1),
  plan_id        VARCHAR(128) NOT NULL,
  cycle_sequence INTEGER      NOT NULL CHECK (cycle_sequence >= 1),
  body           CHARACTER LARGE OBJECT NOT NULL,
  CONSTRAINT rakor_evaluation_record_pk PRIMARY KEY (id)
);
CREATE INDEX rakor_evaluation_record_plan
  ON rakor_evaluation_record (plan_id, cycle_sequence, id);
