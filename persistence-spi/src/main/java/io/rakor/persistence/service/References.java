package io.rakor.persistence.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.data.Observation;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.Priority;
import io.rakor.core.monitoring.EvaluationRecord;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.plans.LegalInstrument;
import io.rakor.core.units.Forum;
import io.rakor.core.units.Official;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.MissingReferenceException;
import io.rakor.persistence.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Which other aggregates each kind of aggregate names, field by field, and the check that they are
 * in the store. Not API: {@code docs/persistence-spi.md} has the table in words.
 */
final class References {
  /**
   * One reference a value holds.
   *
   * @param from the referring kind
   * @param fromId the referring id as text
   * @param field the field, with an index for a list element
   * @param to the kind referred to
   * @param toId the id referred to, as text
   * @param id the id referred to
   */
  record Ref(
      AggregateKind<?, ?> from,
      String fromId,
      String field,
      AggregateKind<?, ?> to,
      String toId,
      Object id) {
    Key target() {
      return new Key(to, toId);
    }

    MissingReferenceException.Reference missing() {
      return MissingReferenceException.Reference.of(from, fromId, field, to, toId);
    }
  }

  /**
   * An aggregate's identity: its kind and id text.
   *
   * @param kind the kind
   * @param id the id as text
   */
  record Key(AggregateKind<?, ?> kind, String id) {
    static <T, K> Key of(AggregateKind<T, K> kind, T value) {
      return new Key(kind, kind.idText(kind.idOf(value)));
    }
  }

  /** Collects the references of one value. */
  static final class Collector {
    private final AggregateKind<?, ?> from;
    private final String fromId;
    private final List<Ref> refs = new ArrayList<>();

    private Collector(AggregateKind<?, ?> from, String fromId) {
      this.from = from;
      this.fromId = fromId;
    }

    <K> Collector one(String field, AggregateKind<?, K> to, K id) {
      refs.add(new Ref(from, fromId, field, to, to.idText(id), id));
      return this;
    }

    <K> Collector optional(String field, AggregateKind<?, K> to, Optional<K> id) {
      id.ifPresent(k -> one(field, to, k));
      return this;
    }

    <K> Collector each(String field, AggregateKind<?, K> to, List<K> ids) {
      for (int i = 0; i < ids.size(); i++) {
        one(field + "[" + i + "]", to, ids.get(i));
      }
      return this;
    }

    <E, K> Collector eachOf(
        String field, List<E> items, String subField, AggregateKind<?, K> to, Function<E, K> id) {
      for (int i = 0; i < items.size(); i++) {
        one(field + "[" + i + "]." + subField, to, id.apply(items.get(i)));
      }
      return this;
    }

    <E, K> Collector eachOptional(
        String field,
        List<E> items,
        String subField,
        AggregateKind<?, K> to,
        Function<E, Optional<K>> id) {
      for (int i = 0; i < items.size(); i++) {
        optional(field + "[" + i + "]." + subField, to, id.apply(items.get(i)));
      }
      return this;
    }
  }

  private static final ImmutableMap<AggregateKind<?, ?>, BiConsumer<Object, Collector>> TABLE =
      table();

  private References() {}

  private static ImmutableMap<AggregateKind<?, ?>, BiConsumer<Object, Collector>> table() {
    Map<AggregateKind<?, ?>, BiConsumer<Object, Collector>> t = new HashMap<>();
    put(
        t,
        AggregateKind.JURISDICTION,
        (Jurisdiction j, Collector c) ->
            c.optional("parent", AggregateKind.JURISDICTION, j.parent()));
    put(
        t,
        AggregateKind.UNIT,
        (ResponsibleUnit u, Collector c) ->
            c.optional("jurisdiction", AggregateKind.JURISDICTION, u.jurisdiction())
                .optional("parent", AggregateKind.UNIT, u.parent()));
    put(
        t,
        AggregateKind.FORUM,
        (Forum f, Collector c) ->
            c.one("jurisdiction", AggregateKind.JURISDICTION, f.jurisdiction())
                .each("members", AggregateKind.UNIT, f.members()));
    put(
        t,
        AggregateKind.OFFICIAL,
        (Official o, Collector c) -> c.one("unit", AggregateKind.UNIT, o.unit()));
    put(
        t,
        AggregateKind.MEETING,
        (Meeting m, Collector c) ->
            c.one("jurisdiction", AggregateKind.JURISDICTION, m.jurisdiction())
                .one("convener", AggregateKind.UNIT, m.convener())
                .each("coConveners", AggregateKind.FORUM, m.coConveners())
                .one("chair", AggregateKind.OFFICIAL, m.chair())
                .eachOf(
                    "participants", m.participants(), "unit", AggregateKind.UNIT, Participant::unit)
                .eachOptional(
                    "participants",
                    m.participants(),
                    "official",
                    AggregateKind.OFFICIAL,
                    Participant::official)
                .eachOptional(
                    "agenda", m.agenda(), "priority", AggregateKind.PRIORITY, AgendaItem::priority)
                .eachOptional(
                    "agenda", m.agenda(), "presenter", AggregateKind.UNIT, AgendaItem::presenter)
                .eachOf("reports", m.reports(), "unit", AggregateKind.UNIT, r -> r.unit()));
    put(
        t,
        AggregateKind.PRIORITY,
        (Priority p, Collector c) ->
            c.one("jurisdiction", AggregateKind.JURISDICTION, p.jurisdiction())
                .optional("originMeeting", AggregateKind.MEETING, p.originMeeting())
                .one("lead", AggregateKind.UNIT, p.lead())
                .each("contributors", AggregateKind.UNIT, p.contributors())
                .each("indicators", AggregateKind.INDICATOR, p.indicators())
                .each("locations", AggregateKind.JURISDICTION, p.locations())
                .optional(
                    "locationsDesignatedBy",
                    AggregateKind.LEGAL_INSTRUMENT,
                    p.locationsDesignatedBy()));
    put(
        t,
        AggregateKind.INDICATOR,
        (Indicator i, Collector c) -> c.one("dataSteward", AggregateKind.UNIT, i.dataSteward()));
    put(
        t,
        AggregateKind.COMMITMENT,
        (Commitment k, Collector c) ->
            c.one("originMeeting", AggregateKind.MEETING, k.originMeeting())
                .one("lead", AggregateKind.UNIT, k.lead())
                .each("supporters", AggregateKind.UNIT, k.supporters())
                .one("priority", AggregateKind.PRIORITY, k.priority())
                .each("scope", AggregateKind.JURISDICTION, k.scope())
                .eachOf(
                    "targets",
                    k.targets(),
                    "indicator",
                    AggregateKind.INDICATOR,
                    x -> x.indicator())
                .eachOptional(
                    "milestones",
                    k.milestones(),
                    "place",
                    AggregateKind.JURISDICTION,
                    Milestone::place)
                .eachOptional(
                    "milestones",
                    k.milestones(),
                    "responsible",
                    AggregateKind.UNIT,
                    Milestone::responsible)
                .eachOptional(
                    "milestones",
                    k.milestones(),
                    "fulfilledBy",
                    AggregateKind.MEETING,
                    Milestone::fulfilledBy)
                .optional("parent", AggregateKind.COMMITMENT, k.parent())
                .optional("successor", AggregateKind.COMMITMENT, k.successor())
                .each("coLeads", AggregateKind.UNIT, k.coLeads())
                .each("partners", AggregateKind.UNIT, k.partners())
                .each("legalBasis", AggregateKind.LEGAL_INSTRUMENT, k.legalBasis())
                .optional("output", AggregateKind.LEGAL_INSTRUMENT, k.output()));
    put(
        t,
        AggregateKind.MONITORING_PLAN,
        (MonitoringPlan p, Collector c) ->
            c.one("owner", AggregateKind.UNIT, p.owner())
                .one("jurisdiction", AggregateKind.JURISDICTION, p.jurisdiction())
                .optional("originMeeting", AggregateKind.MEETING, p.originMeeting()));
    put(
        t,
        AggregateKind.MONITORING_CYCLE,
        (MonitoringCycle y, Collector c) -> c.one("plan", AggregateKind.MONITORING_PLAN, y.plan()));
    put(
        t,
        AggregateKind.PROGRESS_REPORT,
        (ProgressReport r, Collector c) ->
            c.one("commitment", AggregateKind.COMMITMENT, r.commitment())
                .one("cycle", AggregateKind.MONITORING_CYCLE, r.cycle())
                .one("reportingUnit", AggregateKind.UNIT, r.reportingUnit())
                .eachOf(
                    "values",
                    r.values(),
                    "indicator",
                    AggregateKind.INDICATOR,
                    v -> v.indicator()));
    put(
        t,
        AggregateKind.OBSERVATION,
        (Observation o, Collector c) ->
            c.one("indicator", AggregateKind.INDICATOR, o.indicator())
                .one("jurisdiction", AggregateKind.JURISDICTION, o.jurisdiction())
                .one("producer", AggregateKind.UNIT, o.producer()));
    put(
        t,
        AggregateKind.EVALUATION_RECORD,
        (EvaluationRecord e, Collector c) ->
            c.one("cycle", AggregateKind.MONITORING_CYCLE, e.cycle())
                .one("plan", AggregateKind.MONITORING_PLAN, e.plan()));
    put(
        t,
        AggregateKind.LEGAL_INSTRUMENT,
        (LegalInstrument l, Collector c) ->
            c.one("issuer", AggregateKind.UNIT, l.issuer())
                .one("jurisdiction", AggregateKind.JURISDICTION, l.jurisdiction())
                .each("amends", AggregateKind.LEGAL_INSTRUMENT, l.amends())
                .each("revokes", AggregateKind.LEGAL_INSTRUMENT, l.revokes())
                .optional("forms", AggregateKind.FORUM, l.forms()));
    if (!t.keySet().equals(Set.copyOf(AggregateKind.all()))) {
      throw new IllegalStateException("every aggregate kind needs its references listed");
    }
    return ImmutableMap.copyOf(t);
  }

  private static <T> void put(
      Map<AggregateKind<?, ?>, BiConsumer<Object, Collector>> t,
      AggregateKind<T, ?> kind,
      BiConsumer<T, Collector> refs) {
    t.put(kind, (value, c) -> refs.accept(kind.cast(value), c));
  }

  /**
   * The references a value holds, in field order.
   *
   * @param kind its kind
   * @param value the value
   * @param <T> the value type
   * @return the references
   */
  static <T> ImmutableList<Ref> of(AggregateKind<T, ?> kind, T value) {
    Collector c = new Collector(kind, Key.of(kind, value).id());
    TABLE.get(kind).accept(value, c);
    return ImmutableList.copyOf(c.refs);
  }

  /**
   * The references a changed value holds that the value before did not.
   *
   * @param kind its kind
   * @param before the value before
   * @param after the value after
   * @param <T> the value type
   * @return the new references
   */
  static <T> ImmutableList<Ref> added(AggregateKind<T, ?> kind, T before, T after) {
    Set<Key> had = new java.util.HashSet<>();
    of(kind, before).forEach(r -> had.add(r.target()));
    return of(kind, after).stream()
        .filter(r -> !had.contains(r.target()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks references in a transaction, loading each distinct target once.
   *
   * @param tx the transaction
   * @param refs the references
   * @param present aggregates known to be there (being written in the same transaction)
   * @throws MissingReferenceException naming every reference whose target is missing
   */
  static void check(Transaction tx, List<Ref> refs, Set<Key> present) {
    Map<Key, Boolean> found = new HashMap<>();
    List<MissingReferenceException.Reference> missing = new ArrayList<>();
    for (Ref r : refs) {
      Key target = r.target();
      boolean there =
          present.contains(target)
              || found.computeIfAbsent(target, k -> exists(tx, r.to(), r.id()));
      if (!there) {
        missing.add(r.missing());
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingReferenceException(missing);
    }
  }

  private static <T, K> boolean exists(Transaction tx, AggregateKind<T, K> kind, Object id) {
    return tx.load(kind, kind.idType().cast(id)).isPresent();
  }
}
