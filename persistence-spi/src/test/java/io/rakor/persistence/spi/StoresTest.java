package io.rakor.persistence.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.persistence.IncompatibleStoreException;
import io.rakor.persistence.RakorStore;
import io.rakor.persistence.SpiVersion;
import io.rakor.persistence.StoreDiscoveryException;
import io.rakor.persistence.memory.InMemoryStore;
import io.rakor.persistence.memory.MemoryStoreProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoresTest {
  /** A provider that also claims memory: URLs, or declares another contract version. */
  static final class OtherProvider implements StoreProvider {
    private final SpiVersion version;

    OtherProvider(SpiVersion version) {
      this.version = version;
    }

    @Override
    public Set<String> schemes() {
      return Set.of("memory", "other");
    }

    @Override
    public RakorStore open(String url, Map<String, String> properties) {
      return new InMemoryStore();
    }

    @Override
    public SpiVersion spiVersion() {
      return version;
    }

    @Override
    public String description() {
      return "other store";
    }
  }

  @Test
  void theMemorySchemeIsDiscoveredThroughServiceLoader() {
    // tag::open-by-url[]
    try (RakorStore store = Stores.open("memory:test")) {
      assertThat(store).isInstanceOf(InMemoryStore.class);
      assertThat(store.spiVersion()).isEqualTo(SpiVersion.CURRENT);
    }
    // end::open-by-url[]
    try (RakorStore store = Stores.open("MEMORY:upper-case")) {
      assertThat(store).isInstanceOf(InMemoryStore.class);
    }
  }

  @Test
  void noProviderGivesAMessageListingTheSchemes() {
    assertThatThrownBy(() -> Stores.open("postgres://db/rakor"))
        .isInstanceOf(StoreDiscoveryException.class)
        .hasMessageContaining("No Rakor store provider accepts \"postgres://db/rakor\"")
        .hasMessageContaining("Schemes available: [memory]");
    assertThatThrownBy(() -> Stores.open("memory:x", Map.of(), List.of()))
        .hasMessageContaining("No provider is on the class path");
  }

  @Test
  void severalProvidersGiveAMessageNamingThemUnlessOneIsPicked() {
    List<StoreProvider> both =
        List.of(new MemoryStoreProvider(), new OtherProvider(SpiVersion.CURRENT));
    assertThatThrownBy(() -> Stores.open("memory:x", Map.of(), both))
        .isInstanceOf(StoreDiscoveryException.class)
        .hasMessageContaining("Several Rakor store providers accept \"memory:x\"")
        .hasMessageContaining("Rakor in-memory reference store")
        .hasMessageContaining("other store")
        .hasMessageContaining(Stores.PROVIDER_PROPERTY);
    System.setProperty(Stores.PROVIDER_PROPERTY, MemoryStoreProvider.class.getName());
    try {
      assertThat(Stores.open("memory:x", Map.of(), both)).isInstanceOf(InMemoryStore.class);
    } finally {
      System.clearProperty(Stores.PROVIDER_PROPERTY);
    }
    assertThat(Stores.open("other:x", Map.of(), both)).isInstanceOf(InMemoryStore.class);
  }

  @Test
  void anUnsupportedContractVersionIsRefused() {
    List<StoreProvider> newer = List.of(new OtherProvider(new SpiVersion(2, 0)));
    assertThatThrownBy(() -> Stores.open("other:x", Map.of(), newer))
        .isInstanceOf(IncompatibleStoreException.class)
        .hasMessageContaining("other store implements store contract 2.0")
        .hasMessageContaining("supports 1.0 to 1.0");
    assertThat(new SpiVersion(1, 0).isSupportedBy(new SpiVersion(1, 3))).isTrue();
    assertThat(new SpiVersion(1, 4).isSupportedBy(new SpiVersion(1, 3))).isFalse();
    assertThat(new SpiVersion(2, 0).isSupportedBy(new SpiVersion(1, 9))).isFalse();
    assertThat(SpiVersion.parse("1.2")).isEqualTo(new SpiVersion(1, 2));
    assertThatThrownBy(() -> SpiVersion.parse("1")).isInstanceOf(IllegalArgumentException.class);
  }
}
