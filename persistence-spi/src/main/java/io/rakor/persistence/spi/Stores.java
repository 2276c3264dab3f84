package io.rakor.persistence.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.persistence.IncompatibleStoreException;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.SpiVersion;
import io.rakor.persistence.StoreDiscoveryException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens stores by URL through {@link ServiceLoader}, and checks the contract version of any store.
 * Constructing a store directly is the preferred way in; this is a convenience.
 *
 * <p>{@link #open(String)} looks at every {@link StoreProvider} on the class path that {@linkplain
 * StoreProvider#accepts(String) accepts} the URL. None: a {@link StoreDiscoveryException} listing
 * the schemes that are available. Several: the system property {@value #PROVIDER_PROPERTY}, if set
 * to the class name of one of them, picks it; otherwise a {@link StoreDiscoveryException} listing
 * them. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Stores {
  /** The system property that picks a provider by class name when several accept a URL. */
  public static final String PROVIDER_PROPERTY = "rakor.store.provider";

  private static final Logger LOG = LoggerFactory.getLogger(Stores.class);

  private Stores() {}

  /**
   * Opens the store a URL names, with no further settings.
   *
   * @param url for example {@code memory:test}
   * @return the store, its contract version checked
   * @throws StoreDiscoveryException if no provider, or several, accept the URL
   * @throws IncompatibleStoreException if the provider's contract version is not supported
   * @throws io.rakor.persistence.StoreException if the provider fails to open the store
   */
  public static RakorStore open(String url) {
    return open(url, Map.of());
  }

  /**
   * Opens the store a URL names.
   *
   * @param url for example {@code memory:test}
   * @param properties settings passed to the provider
   * @return the store, its contract version checked
   * @throws StoreDiscoveryException if no provider, or several, accept the URL
   * @throws IncompatibleStoreException if the provider's contract version is not supported
   * @throws io.rakor.persistence.StoreException if the provider fails to open the store
   */
  public static RakorStore open(String url, Map<String, String> properties) {
    return open(url, properties, ServiceLoader.load(StoreProvider.class));
  }

  /**
   * Opens the store a URL names, choosing among the providers given rather than the discovered
   * ones.
   *
   * @param url the store's URL
   * @param properties settings passed to the provider
   * @param providers the candidates
   * @return the store, its contract version checked
   * @throws StoreDiscoveryException if no candidate, or several, accept the URL
   * @throws IncompatibleStoreException if the chosen provider's contract version is not supported
   * @throws io.rakor.persistence.StoreException if the provider fails to open the store
   */
  public static RakorStore open(
      String url, Map<String, String> properties, Iterable<StoreProvider> providers) {
    Objects.requireNonNull(url, "url");
    ImmutableMap<String, String> settings = ImmutableMap.copyOf(properties);
    List<StoreProvider> all = ImmutableList.copyOf(providers);
    List<StoreProvider> matching = all.stream().filter(p -> p.accepts(url)).toList();
    StoreProvider chosen = choose(url, all, matching);
    if (!chosen.spiVersion().isSupportedBy(SpiVersion.CURRENT)) {
      throw new IncompatibleStoreException(
          chosen.description(), chosen.spiVersion(), SpiVersion.CURRENT);
    }
    LOG.debug("Opening {} with {}", url, chosen.description());
    return checked(chosen.open(url, settings));
  }

  private static StoreProvider choose(
      String url, List<StoreProvider> all, List<StoreProvider> matching) {
    if (matching.size() == 1) {
      return matching.get(0);
    }
    if (matching.isEmpty()) {
      TreeSet<String> schemes = new TreeSet<>();
      all.forEach(p -> schemes.addAll(p.schemes()));
      throw new StoreDiscoveryException(
          "No Rakor store provider accepts \""
              + url
              + "\". "
              + (all.isEmpty()
                  ? "No provider is on the class path: add a store module (for example"
                      + " rakor-persistence-spi for memory: URLs) or construct the store directly."
                  : "Schemes available: " + schemes + "."));
    }
    String wanted = System.getProperty(PROVIDER_PROPERTY);
    if (wanted != null) {
      for (StoreProvider p : matching) {
        if (p.getClass().getName().equals(wanted)) {
          return p;
        }
      }
    }
    throw new StoreDiscoveryException(
        "Several Rakor store providers accept \""
            + url
            + "\": "
            + matching.stream()
                .map(p -> p.description() + " (" + p.getClass().getName() + ")")
                .collect(Collectors.joining(", "))
            + ". Set the system property "
            + PROVIDER_PROPERTY
            + " to the class name of the one to use, or construct the store directly.");
  }

  /**
   * Checks that the library supports a store's contract version (rule 501).
   *
   * @param store the store
   * @return the same store
   * @throws IncompatibleStoreException if its version is not supported
   */
  public static RakorStore checked(RakorStore store) {
    SpiVersion declared = store.spiVersion();
    if (!declared.isSupportedBy(SpiVersion.CURRENT)) {
      throw new IncompatibleStoreException(
          store.getClass().getName(), declared, SpiVersion.CURRENT);
    }
    return store;
  }
}
