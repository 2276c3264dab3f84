-- Rakor JDBC store, schema version 2, PostgreSQL: stored evaluations of monitoring cycles
-- (AggregateKind.EVALUATION_RECORD, one per cycle, keyed by the cycle's id).
--
-- A table of their own rather than rakor_aggregate: a record holds one entry per evaluated
-- commitment, so its body is large, and a plan's records are read together, by plan in cycle
-- order.
CREATE TABLE rakor_evaluation_record (
  id             VARCHAR(128) COLLATE "C" NOT NULL,
  version        BIGINT       NOT NULL CHECK (version >= 1),
  plan_id        VARCHAR(128) COLLATE "C" NOT NULL,
  cycle_sequence INTEGER      NOT NULL CHECK (cycle_sequence >= 1),
  body           JSONB        NOT NULL,
  CONSTRAINT rakor_evaluation_record_pk PRIMARY KEY (id)
);
CREATE INDEX rakor_evaluation_record_plan
  ON rakor_evaluation_record (plan_id, cycle_sequence, id);
