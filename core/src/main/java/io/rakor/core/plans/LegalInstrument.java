package io.rakor.core.plans;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.UnitId;
import io.rakor.core.values.AllowNulls;
import io.rakor.core.values.Checker;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A regulation or decree (<i>produk hukum daerah</i>): a Perda, a Perbup, a Perdes, an SK Bupati
 * forming the stunting-reduction acceleration team (TPPS) or designating priority villages. Stored
 * as an aggregate of its own; a commitment can have one as its output or cite some as its legal
 * basis, and a priority names the one that designated its locations.
 *
 * <p>Invariants, checked when built: the title and the number are names; an instrument that is
 * {@link InstrumentStatus#ENACTED} or {@link InstrumentStatus#REVOKED} has a number and a date; the
 * date is in the years of {@link io.rakor.core.values.Limits}; the instruments it amends and those
 * it revokes are each listed once, never itself, and none is both amended and revoked; only a
 * decree ({@link InstrumentKind#isDecree()}) forms a team. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLegalInstrument.class)
@JsonDeserialize(as = ImmutableLegalInstrument.class)
public abstract class LegalInstrument implements WithLegalInstrument {
  LegalInstrument() {}

  /**
   * Starts building a legal instrument.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link LegalInstrument} values, checking every invariant in {@link #build()}. Obtained
   * from {@link LegalInstrument#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableLegalInstrument.Builder {
    Builder() {}

    /**
     * Records that the instrument was enacted under a number on a date: the same as {@code
     * number(number).date(date).status(InstrumentStatus.ENACTED)}.
     *
     * @param number its number, for example {@code "188.45/123/34-LU/2026"}
     * @param date the day it was signed
     * @return this builder
     */
    public Builder enacted(String number, LocalDate date) {
      return number(number).date(date).status(InstrumentStatus.ENACTED);
    }
  }

  /**
   * The instrument's identifier.
   *
   * @return the id
   */
  public abstract LegalInstrumentId id();

  /**
   * What sort of instrument it is.
   *
   * @return the kind
   */
  public abstract InstrumentKind kind();

  /**
   * The instrument's title, for example {@code "Pembentukan Tim Percepatan Penurunan Stunting"}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Its number, once it has one (a draft may not).
   *
   * @return the number
   */
  public abstract Optional<String> number();

  /**
   * The day it was signed (<i>ditetapkan</i>), once it was.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * The unit that issues it, for example the regent's office.
   *
   * @return the issuing unit's id
   */
  public abstract UnitId issuer();

  /**
   * The area where it applies.
   *
   * @return the jurisdiction's code
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Where it is in its life.
   *
   * @return the status
   */
  public abstract InstrumentStatus status();

  /**
   * The instruments it amends (<i>mengubah</i>).
   *
   * @return their ids
   */
  @AllowNulls
  public abstract List<LegalInstrumentId> amends();

  /**
   * The instruments it revokes (<i>mencabut</i>).
   *
   * @return their ids
   */
  @AllowNulls
  public abstract List<LegalInstrumentId> revokes();

  /**
   * The team it forms, if it is a decree that forms one (the TPPS, a disaster task force).
   *
   * @return the forum's id
   */
  public abstract Optional<ForumId> forms();

  /**
   * Whether it is in force: enacted and not revoked.
   *
   * @return true if {@link InstrumentStatus#ENACTED}
   */
  public boolean inForce() {
    return status() == InstrumentStatus.ENACTED;
  }

  @Value.Check
  void check() {
    Checker c =
        Checker.of("LegalInstrument")
            .references("amends", amends())
            .references("revokes", revokes())
            .checkpoint()
            .name("title", title());
    number().ifPresent(n -> c.name("number", n));
    date().ifPresent(d -> c.date("date", d));
    if (status() != InstrumentStatus.DRAFT) {
      c.require(
              number().isPresent(),
              "number",
              "absent",
              () -> "must be given for an instrument that is " + status())
          .require(
              date().isPresent(),
              "date",
              "absent",
              () -> "must be given for an instrument that is " + status());
    }
    c.distinct("amends", amends(), i -> i)
        .distinct("revokes", revokes(), i -> i)
        .require(!amends().contains(id()), "amends", id(), "must not list the instrument itself")
        .require(!revokes().contains(id()), "revokes", id(), "must not list the instrument itself");
    Set<LegalInstrumentId> amended = new HashSet<>(amends());
    for (int i = 0; i < revokes().size(); i++) {
      LegalInstrumentId r = revokes().get(i);
      c.requireAt(
          !amended.contains(r), "revokes", i, "", r, () -> "must not also be listed in amends");
    }
    forms()
        .ifPresent(
            f ->
                c.require(
                    kind().isDecree(),
                    "forms",
                    f,
                    () -> "must be absent for a " + kind() + ": only a decree forms a team"));
    c.done();
  }
}
