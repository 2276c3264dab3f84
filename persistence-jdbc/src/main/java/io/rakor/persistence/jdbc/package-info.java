/**
 * A JDBC store for Rakor: {@link io.rakor.persistence.jdbc.JdbcStore} keeps every aggregate and the
 * hash-chained event log in H2 (embedded, in a file: the default) or PostgreSQL, on any {@link
 * javax.sql.DataSource}, with its schema kept by Flyway migrations shipped in the jar. {@link
 * io.rakor.persistence.jdbc.JdbcStoreProvider} opens it by URL ({@code jdbc:h2:...}, {@code
 * jdbc:postgresql:...}) through {@link io.rakor.persistence.spi.Stores#open(String)}.
 */
@RakorStyle
package io.rakor.persistence.jdbc;

import io.rakor.core.values.RakorStyle;
