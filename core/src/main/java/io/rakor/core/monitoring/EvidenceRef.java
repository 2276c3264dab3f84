package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to evidence for a progress report: a document, photo or dataset, by URI. Rakor stores
 * the reference, not the evidence.
 *
 * <p>Invariants, checked when built: the URI is absolute and at most 2,000 characters; the
 * description, if given, is not blank. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidenceRef.class)
@JsonDeserialize(as = ImmutableEvidenceRef.class)
public abstract class EvidenceRef implements WithEvidenceRef {
  EvidenceRef() {}

  /**
   * Starts building a {@link EvidenceRef}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link EvidenceRef} values, checking every invariant in {@link #build()}. Obtained from
   * {@link EvidenceRef#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableEvidenceRef.Builder {
    Builder() {}
  }

  /**
   * Evidence at a URI.
   *
   * @param uri where the evidence is
   * @param description what it is
   * @return the reference
   * @throws io.rakor.core.RakorValidationException if the URI is relative or the description blank
   */
  public static EvidenceRef of(URI uri, String description) {
    return EvidenceRef.builder().uri(uri).description(description).build();
  }

  /**
   * Where the evidence is.
   *
   * @return an absolute URI
   */
  public abstract URI uri();

  /**
   * What the evidence is, if stated.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Checker c =
        Checker.of("EvidenceRef")
            .require(uri().isAbsolute(), "uri", uri(), "must be an absolute URI")
            .require(
                uri().toString().length() <= 2000, "uri", uri(), "must be at most 2000 characters");
    description().ifPresent(d -> c.name("description", d));
    c.done();
  }
}
