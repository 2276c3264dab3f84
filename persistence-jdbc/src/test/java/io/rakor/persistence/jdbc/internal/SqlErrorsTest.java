package io.rakor.persistence.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rakor.persistence.ConcurrencyConflictException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How database failures become the library's exceptions. */
class SqlErrorsTest {
  private static final String H2_DUPLICATE =
      "Unique index or primary key violation: \"PUBLIC.RAKOR_EVENT_PK PRIMARY KEY ON"
          + " PUBLIC.RAKOR_EVENT(SEQUENCE)\"";
  private static final String POSTGRES_DUPLICATE =
      "ERROR: duplicate key value violates unique constraint \"rakor_event_pk\"";

  @Test
  void aDuplicateLogSequenceIsRecognisedOnBothDatabasesAndInABatch() {
    assertThat(SqlErrors.violates(new SQLException(H2_DUPLICATE, "23505"), "rakor_event_pk"))
        .isTrue();
    assertThat(SqlErrors.violates(new SQLException(POSTGRES_DUPLICATE, "23505"), "rakor_event_pk"))
        .isTrue();
    BatchUpdateException batch = new BatchUpdateException("batch failed", "23505", new int[0]);
    batch.setNextException(new SQLException(H2_DUPLICATE, "23505"));
    assertThat(SqlErrors.violates(batch, "rakor_event_pk")).isTrue();
  }

  @Test
  void otherConstraintsAndOtherFailuresAreNotTakenForIt() {
    assertThat(
            SqlErrors.violates(
                new SQLException("duplicate key violates \"rakor_commitment_pk\"", "23505"),
                "rakor_event_pk"))
        .isFalse();
    assertThat(SqlErrors.violates(new SQLException(H2_DUPLICATE, "22001"), "rakor_event_pk"))
        .isFalse();
  }

  @Test
  void lockTimeoutsAreConflicts() {
    assertThat(SqlErrors.translate("saving", new SQLException("timeout", "HYT00")))
        .isInstanceOf(ConcurrencyConflictException.class);
  }
}
