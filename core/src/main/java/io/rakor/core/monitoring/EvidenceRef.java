package io.rakor.core.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.values.Checker;
import io.rakor.core.values.Limits;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to evidence for a progress report: a document, photo or dataset, by URI. Rakor stores
 * the reference, not the evidence.
 *
 * <p>Invariants, checked when built: the URI is an absolute {@code https} or {@code http} link that
 * names a host, carries no user name or password, has at most {@link Limits#URI_LENGTH} characters
 * and no bidirectional control (other schemes, such as {@code javascript:}, {@code file:} or {@code
 * data:}, are refused); the description, if given, is a valid name. Immutable and thread-safe.
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
   * @throws io.rakor.core.RakorValidationException if the URI is not an https or http link, or the
   *     description is blank
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
    URI uri = uri();
    String text = uri.toString();
    String scheme = uri.getScheme();
    Checker c =
        Checker.of("EvidenceRef")
            .require(
                text.length() <= Limits.URI_LENGTH,
                "uri",
                text,
                () ->
                    "must be at most "
                        + Limits.URI_LENGTH
                        + " characters (Limits.URI_LENGTH), is "
                        + text.length())
            .checkpoint()
            .require(
                scheme != null
                    && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")),
                "uri",
                text,
                "must be an absolute https or http link: no other scheme is allowed"
                    + " (javascript:, file:, data:, ... are refused)")
            .checkpoint()
            .require(
                !uri.isOpaque()
                    && uri.getRawAuthority() != null
                    && !uri.getRawAuthority().isEmpty(),
                "uri",
                text,
                "must name a host, as in https://data.example.go.id/report.pdf")
            .require(
                uri.getRawUserInfo() == null,
                "uri",
                uri.getRawUserInfo() == null ? text : text.replace(uri.getRawUserInfo(), "***"),
                "must not carry a user name or password")
            .line("uri", text, Limits.URI_LENGTH);
    description().ifPresent(d -> c.name("description", d));
    c.done();
  }
}
