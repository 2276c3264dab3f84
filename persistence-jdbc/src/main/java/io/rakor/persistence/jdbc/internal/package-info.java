/**
 * Internal machinery of the JDBC store: dialects, table mappings, SQL, migrations. Not API: not
 * supported, and may change or disappear in any release without notice.
 */
package io.rakor.persistence.jdbc.internal;
