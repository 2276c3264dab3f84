package io.rakor.core.meetings;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a unit presents at a meeting: its achievements (<i>capaian</i>), the obstacles it meets
 * (<i>hambatan</i>) and its plans (<i>rencana</i>).
 *
 * <p>Invariants, checked when built: the agenda position, if given, is at least 1; the report says
 * something (at least one achievement, obstacle or plan); no text is blank. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnitReport.class)
@JsonDeserialize(as = ImmutableUnitReport.class)
public abstract class UnitReport implements WithUnitReport {
  UnitReport() {}

  /**
   * Starts building a report.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link UnitReport} values, checking every invariant in {@link #build()}. Obtained from
   * {@link UnitReport#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableUnitReport.Builder {
    Builder() {}
  }

  /**
   * The reporting unit.
   *
   * @return the unit's id
   */
  public abstract UnitId unit();

  /**
   * The position of the agenda item under which the report was given, if any.
   *
   * @return the agenda position
   */
  public abstract Optional<Integer> agendaPosition();

  /**
   * What the unit achieved (<i>capaian</i>).
   *
   * @return the achievements
   */
  @AllowNulls
  public abstract List<String> achievements();

  /**
   * What stands in its way (<i>hambatan</i>).
   *
   * @return the obstacles
   */
  @AllowNulls
  public abstract List<Obstacle> obstacles();

  /**
   * What it plans to do next (<i>rencana tindak lanjut</i>).
   *
   * @return the plans
   */
  @AllowNulls
  public abstract List<String> plans();

  @Value.Check
  void check() {
    Checker c =
        Checker.of("UnitReport")
            .entries("achievements", achievements())
            .entries("obstacles", obstacles())
            .entries("plans", plans())
            .checkpoint();
    agendaPosition().ifPresent(p -> c.require(p >= 1, "agendaPosition", p, "must be at least 1"));
    c.require(
            !(achievements().isEmpty() && obstacles().isEmpty() && plans().isEmpty()),
            "achievements",
            "[]",
            "a report must give at least one achievement, obstacle or plan")
        .texts("achievements", achievements());
    for (int i = 0; i < obstacles().size(); i++) {
      c.count("obstacles", i, "description", obstacles().get(i).description());
    }
    c.texts("plans", plans()).done();
  }
}
