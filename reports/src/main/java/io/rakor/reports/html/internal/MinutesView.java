package io.rakor.reports.html.internal;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.Target;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.UnitReport;
import io.rakor.reports.Names;
import io.rakor.reports.html.internal.Views.AgendaRow;
import io.rakor.reports.html.internal.Views.AttendanceRow;
import io.rakor.reports.html.internal.Views.DecisionRow;
import io.rakor.reports.html.internal.Views.Field;
import io.rakor.reports.html.internal.Views.ObstacleRow;
import io.rakor.reports.html.internal.Views.Rows;
import io.rakor.reports.html.internal.Views.RtlRow;
import io.rakor.reports.html.internal.Views.UnitReportView;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the view of the minutes of a meeting. */
public final class MinutesView {
  private final Texts t;
  private final Names names;

  /**
   * A builder of minutes views.
   *
   * @param texts the language's texts
   * @param names the names to show
   */
  public MinutesView(Texts texts, Names names) {
    this.t = texts;
    this.names = names;
  }

  /**
   * The view of the minutes.
   *
   * @param m the meeting
   * @param commitments commitments; those agreed at this meeting ({@code originMeeting}) form its
   *     follow-up plan, in the order given
   * @return the view
   */
  public Views.Minutes of(Meeting m, List<Commitment> commitments) {
    List<Field> header = new ArrayList<>();
    header.add(new Field(t.text("minutes.kind"), t.name(m.kind())));
    header.add(new Field(t.text("minutes.when"), when(m.start(), m.end())));
    header.add(
        new Field(
            t.text("minutes.place"),
            t.text("minutes.placeIn", m.venue(), names.place(m.jurisdiction()))));
    header.add(new Field(t.text("minutes.chair"), names.official(m.chair())));
    header.add(new Field(t.text("minutes.convener"), names.unit(m.convener())));
    if (!m.coConveners().isEmpty()) {
      header.add(
          new Field(
              t.text("minutes.forums"),
              m.coConveners().stream().map(names::forum).collect(Collectors.joining(", "))));
    }
    header.add(new Field(t.text("minutes.status"), t.name(m.status())));

    List<AttendanceRow> attendance = new ArrayList<>();
    for (Participant p : m.participants()) {
      attendance.add(
          new AttendanceRow(
              names.unit(p.unit()),
              p.official().map(names::official).orElse("–"),
              t.name(p.role()),
              t.name(p.attendance()),
              p.attendance().attended()));
    }
    long attended = m.participants().stream().filter(p -> p.attendance().attended()).count();

    List<AgendaRow> agenda = new ArrayList<>();
    for (AgendaItem a : m.agenda()) {
      agenda.add(
          new AgendaRow(
              Integer.toString(a.position()),
              a.title(),
              a.priority().map(names::priority).orElse("–"),
              a.presenter().map(names::unit).orElse("–")));
    }

    List<UnitReportView> reports = new ArrayList<>();
    for (UnitReport r : m.reports()) {
      reports.add(
          new UnitReportView(
              names.unit(r.unit()),
              r.agendaPosition()
                  .map(p -> t.text("minutes.reports.agendaItem", Integer.toString(p)))
                  .orElse(""),
              r.achievements(),
              r.obstacles().stream()
                  .map(o -> new ObstacleRow(t.name(o.category()), o.description()))
                  .toList(),
              r.plans()));
    }

    List<DecisionRow> decisions = new ArrayList<>();
    for (Decision d : m.decisions()) {
      decisions.add(
          new DecisionRow(
              Integer.toString(d.number()),
              d.text(),
              d.agendaPosition()
                  .map(p -> t.text("minutes.reports.agendaItem", Integer.toString(p)))
                  .orElse("")));
    }

    List<RtlRow> rtl = new ArrayList<>();
    for (Commitment c : commitments) {
      if (c.originMeeting().equals(m.id())) {
        rtl.add(rtl(rtl.size() + 1, c));
      }
    }
    return new Views.Minutes(
        t.locale().getLanguage(),
        t.labels(),
        m.title(),
        header,
        new Rows<>(attendance),
        t.text(
            "minutes.attendance.summary",
            Long.toString(attended),
            Integer.toString(m.participants().size())),
        new Rows<>(agenda),
        new Rows<>(reports),
        new Rows<>(decisions),
        new Rows<>(rtl),
        new Rows<>(m.minutes().map(List::of).orElse(List.of())),
        names.official(m.chair()));
  }

  private String when(ZonedDateTime start, ZonedDateTime end) {
    if (start.toLocalDate().equals(end.toLocalDate())) {
      return t.text(
          "minutes.whenOneDay", t.dayAndDate(start), t.clock(start), t.clock(end), t.zone(start));
    }
    return t.text(
        "minutes.whenDays",
        t.dayAndDate(start),
        t.clock(start),
        t.dayAndDate(end),
        t.clock(end),
        t.zone(start));
  }

  private RtlRow rtl(int number, Commitment c) {
    List<String> measures = new ArrayList<>();
    for (Target target : c.targets()) {
      measures.add(
          t.text(
              "minutes.rtl.target",
              names.indicator(target.indicator()),
              t.number(target.value()),
              t.date(target.by())));
    }
    for (Milestone milestone : c.milestones()) {
      measures.add(
          t.text("minutes.rtl.milestone", milestone.description(), t.date(milestone.due())));
    }
    return new RtlRow(
        Integer.toString(number),
        c.id().value(),
        c.action(),
        names.unit(c.lead()),
        c.supporters().isEmpty()
            ? "–"
            : c.supporters().stream().map(names::unit).collect(Collectors.joining(", ")),
        c.scope().stream().map(names::place).collect(Collectors.joining(", ")),
        measures,
        t.text("format.range", t.date(c.start()), t.date(c.due())),
        c.fundingLines().isEmpty()
            ? "–"
            : c.fundingLines().stream()
                .map(
                    b ->
                        t.text(
                            "minutes.rtl.budgetFrom",
                            t.money(b.allocation(), b.currency()),
                            t.name(b.source()) + " " + b.fiscalYear()))
                .collect(Collectors.joining("; ")),
        t.name(c.status()));
  }
}
