package io.rakor.persistence.jdbc;

import io.rakor.persistence.RakorStore;
import io.rakor.persistence.SpiVersion;
import io.rakor.persistence.StoreException;
import io.rakor.persistence.spi.StoreProvider;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Opens a {@link JdbcStore} by URL for {@link io.rakor.persistence.spi.Stores#open(String, Map)}:
 * {@code jdbc:h2:...} and {@code jdbc:postgresql:...}. Properties: {@code user}, {@code password}
 * (both empty by default, or {@code sa} as H2's user) and {@code poolSize} (default 8). The store
 * owns the pool it makes. A {@code jdbc:h2:file:<path>} URL without options opens like {@link
 * JdbcStore#h2File(java.nio.file.Path)}: with Rakor's H2 settings, the file checked and verified,
 * the properties unused; with options ({@code ;...}), H2 opens the file as the URL says, unchecked.
 * Registered in {@code META-INF/services}; building the store with {@link JdbcStore#open(String,
 * String, String, int)} or {@link JdbcStore#builder(javax.sql.DataSource)} does the same without
 * discovery. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class JdbcStoreProvider implements StoreProvider {
  private static final String H2_FILE = "jdbc:h2:file:";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public JdbcStoreProvider() {}

  /**
   * The contract version this provider was compiled against.
   *
   * @return the version
   */
  @Override
  public SpiVersion spiVersion() {
    return SpiVersion.of(SpiVersion.MAJOR, SpiVersion.MINOR);
  }

  @Override
  public Set<String> schemes() {
    return Set.of("jdbc");
  }

  /** Accepts {@code jdbc:h2:} and {@code jdbc:postgresql:} URLs, ignoring case. */
  @Override
  public boolean accepts(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("jdbc:h2:") || u.startsWith("jdbc:postgresql:");
  }

  @Override
  public RakorStore open(String url, Map<String, String> properties) {
    if (!accepts(url)) {
      throw new StoreException(
          "The JDBC store opens jdbc:h2: and jdbc:postgresql: URLs, not \"" + url + "\"");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith(H2_FILE) && url.indexOf(';') < 0 && url.length() > H2_FILE.length()) {
      return JdbcStore.h2File(Path.of(url.substring(H2_FILE.length())));
    }
    boolean h2 = lower.startsWith("jdbc:h2:");
    String user = properties.getOrDefault("user", h2 ? "sa" : "");
    String password = properties.getOrDefault("password", "");
    int poolSize;
    try {
      poolSize = Integer.parseInt(properties.getOrDefault("poolSize", "8"));
    } catch (NumberFormatException e) {
      throw new StoreException(
          "poolSize must be a whole number, not \"" + properties.get("poolSize") + "\"", e);
    }
    if (poolSize < 1) {
      throw new StoreException("poolSize must be at least 1, not " + poolSize);
    }
    return JdbcStore.open(url, user, password, poolSize);
  }

  @Override
  public String description() {
    return "Rakor JDBC store (H2, PostgreSQL)";
  }
}
