package io.rakor.persistence.memory;

import io.rakor.persistence.RakorStore;
import io.rakor.persistence.SpiVersion;
import io.rakor.persistence.spi.StoreProvider;
import java.util.Map;
import java.util.Set;

/**
 * Opens an {@link InMemoryStore} for {@code memory:} URLs (any text after the colon is a name for
 * messages). Every call opens a new, empty store. Registered for {@link java.util.ServiceLoader};
 * stateless and thread-safe.
 *
 * @since 0.1
 */
public final class MemoryStoreProvider implements StoreProvider {
  /** The URL scheme served. */
  public static final String SCHEME = "memory";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MemoryStoreProvider() {}

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
    return Set.of(SCHEME);
  }

  @Override
  public RakorStore open(String url, Map<String, String> properties) {
    return new InMemoryStore();
  }

  @Override
  public String description() {
    return "Rakor in-memory reference store";
  }
}
