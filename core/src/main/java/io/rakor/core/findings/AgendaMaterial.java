package io.rakor.core.findings;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Ranked findings for the next coordination meeting, and how many lower-ranked ones were left out.
 *
 * <p>Invariants, checked when built: the findings are in {@link Finding#HIGHEST_FIRST} order; the
 * omitted count is not negative. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgendaMaterial.class)
@JsonDeserialize(as = ImmutableAgendaMaterial.class)
public abstract class AgendaMaterial implements WithAgendaMaterial {
  AgendaMaterial() {}

  /**
   * Starts building agenda material. Usually the {@link AgendaBuilder} builds it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AgendaMaterial} values, checking every invariant in {@link #build()}. Obtained
   * from {@link AgendaMaterial#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableAgendaMaterial.Builder {
    Builder() {}
  }

  /**
   * The findings, highest score first.
   *
   * @return the findings
   */
  @AllowNulls
  public abstract List<Finding> findings();

  /**
   * How many findings ranked below the limit and were left out.
   *
   * @return the count
   */
  public abstract long omitted();

  /**
   * The findings of one kind, in rank order.
   *
   * @param kind the kind
   * @return the findings of that kind
   */
  public List<Finding> of(FindingKind kind) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings()) {
      if (f.kind() == kind) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The findings as agenda items of a meeting, numbered from {@code firstPosition}, titled by each
   * finding's title.
   *
   * @param firstPosition the position of the first item, at least 1
   * @return one agenda item per finding, in rank order
   * @throws io.rakor.core.RakorValidationException if {@code firstPosition} is below 1
   */
  public List<AgendaItem> toAgendaItems(int firstPosition) {
    List<AgendaItem> items = new ArrayList<>(findings().size());
    for (int i = 0; i < findings().size(); i++) {
      items.add(
          AgendaItem.builder()
              .position(firstPosition + i)
              .title(findings().get(i).title())
              .build());
    }
    return items;
  }

  @Value.Check
  void check() {
    Checker c = Checker.of("AgendaMaterial").nonNull("findings", findings()).checkpoint();
    c.require(omitted() >= 0, "omitted", omitted(), ">= 0");
    for (int i = 1; i < findings().size(); i++) {
      c.require(
          Finding.HIGHEST_FIRST.compare(findings().get(i - 1), findings().get(i)) <= 0,
          "findings[" + i + "]",
          findings().get(i).title(),
          "must not rank above the finding before it");
    }
    c.done();
  }
}
