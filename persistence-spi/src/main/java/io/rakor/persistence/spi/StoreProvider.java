package io.rakor.persistence.spi;

import io.rakor.persistence.RakorStore;
import io.rakor.persistence.SpiVersion;
import io.rakor.persistence.StoreException;
import java.util.Map;
import java.util.Set;

/**
 * Makes stores from URLs, for discovery by {@link java.util.ServiceLoader} through {@link
 * io.rakor.persistence.spi.Stores#open(String)}. Register an implementation in {@code
 * META-INF/services/io.rakor.persistence.spi.StoreProvider}; it needs a public no-argument
 * constructor. Constructing a store directly ({@code new MyStore(...)}) is always possible and is
 * the preferred way in; discovery is a convenience.
 *
 * <p>The methods other than {@link #schemes()}, {@link #open(String, Map)} and {@link
 * #spiVersion()} have defaults, so later versions of the contract can add hooks without breaking a
 * provider. Implementations must be thread-safe.
 *
 * @since 0.1
 */
public interface StoreProvider {
  /**
   * The URL schemes this provider serves, for example {@code "memory"} for {@code memory:test}. The
   * scheme is the text before the first {@code ':'}, compared ignoring case.
   *
   * @return the schemes, lower case, at least one
   */
  Set<String> schemes();

  /**
   * Opens a store.
   *
   * @param url the store's URL, whose scheme is one of {@link #schemes()}
   * @param properties further settings (credentials, pool sizes), possibly empty
   * @return the store, ready to use
   * @throws StoreException if the store cannot be opened
   */
  RakorStore open(String url, Map<String, String> properties);

  /**
   * The contract version this provider's stores were compiled against. Checked before {@link #open}
   * is called. Implement it as {@code return SpiVersion.of(SpiVersion.MAJOR, SpiVersion.MINOR);}:
   * the two are compile-time constants, so the version is fixed when the provider is compiled, and
   * a provider built against another contract is refused.
   *
   * @return the version
   */
  SpiVersion spiVersion();

  /**
   * A name for messages, such as {@code "in-memory reference store"}.
   *
   * @return the name; the class name unless overridden
   */
  default String description() {
    return getClass().getName();
  }

  /**
   * Whether this provider serves a URL. The default compares the URL's scheme with {@link
   * #schemes()}.
   *
   * @param url a store URL
   * @return true if this provider can open it
   */
  default boolean accepts(String url) {
    int colon = url.indexOf(':');
    return colon > 0
        && schemes().contains(url.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
  }
}
