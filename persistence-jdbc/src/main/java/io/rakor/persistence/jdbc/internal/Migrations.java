package io.rakor.persistence.jdbc.internal;

import io.rakor.persistence.StoreException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema up to date with the migrations shipped in the jar. */
public final class Migrations {
  /** The table in which Flyway records the store's migrations. */
  public static final String HISTORY_TABLE = "rakor_schema_history";

  private Migrations() {}

  /**
   * Applies the pending migrations of a dialect, in the data source's default schema. The schema
   * may already hold other tables (an application's own, with their own Flyway history): on the
   * first migration Flyway then records a baseline at version 0 in {@link #HISTORY_TABLE} and
   * applies every Rakor migration from version 1, instead of refusing a non-empty schema.
   *
   * @param dataSource the database
   * @param dialect its dialect
   * @return how many migrations were applied
   * @throws StoreException if a migration fails or the schema is newer than this store
   */
  public static int migrate(DataSource dataSource, Dialect dialect) {
    try {
      MigrateResult result =
          Flyway.configure(Migrations.class.getClassLoader())
              .dataSource(dataSource)
              .locations(dialect.migrationLocation())
              .table(HISTORY_TABLE)
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException(
          "Cannot bring the Rakor schema up to date on "
              + dialect
              + " with the migrations in "
              + dialect.migrationLocation()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
