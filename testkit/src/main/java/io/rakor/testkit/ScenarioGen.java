package io.rakor.testkit;

import static io.rakor.testkit.internal.gen.Gens.chance;
import static io.rakor.testkit.internal.gen.Gens.coin;
import static io.rakor.testkit.internal.gen.Gens.ints;
import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.gen.Gens.subsetOf;
import static io.rakor.testkit.internal.gen.Gens.twoDigits;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.Jurisdiction;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.jurisdictions.JurisdictionLevel;
import io.rakor.core.meetings.AgendaItem;
import io.rakor.core.meetings.Attendance;
import io.rakor.core.meetings.Decision;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.meetings.MeetingKind;
import io.rakor.core.meetings.MeetingStatus;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.Priority;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.CycleStatus;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.ForumKind;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.units.UnitKind;
import io.rakor.testkit.internal.Words;
import io.rakor.testkit.internal.gen.CommitmentGens;
import io.rakor.testkit.internal.gen.CommitmentGens.CommitmentShape;
import io.rakor.testkit.internal.gen.Gens;
import io.rakor.testkit.internal.gen.MeetingGens;
import io.rakor.testkit.internal.gen.MonitoringGens;
import io.rakor.testkit.internal.gen.TextMix;
import io.rakor.testkit.internal.gen.UnitGens;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Builds one consistent {@link Scenario}, drawing everything from one randomness source. */
final class ScenarioGen {
  private ScenarioGen() {}

  /** The province and regency a scenario, or a regency of a national scenario, lives in. */
  record Place(Words.Province province, JurisdictionCode regencyCode, String regencyName) {}

  /** What a generated scenario is for. */
  enum Purpose {
    /** A scenario of its own, with progress reports for some commitments in some cycles. */
    STANDALONE,
    /**
     * One regency of a {@link NationalScenario}: every commitment runs through every cycle, and
     * there are no reports (the national scenario makes them on demand).
     */
    NATIONAL_REGENCY
  }

  /** Scenarios of exactly the given size, with the given text. */
  static Gen<Scenario> scenarios(ScenarioSize size, TextMix mix) {
    Gen<Scenario> gen = src -> generate(size, mix, src);
    return gen.describedAs(Scenario::toString);
  }

  static Scenario generate(ScenarioSize size, TextMix mix, RandomnessSource src) {
    Words.Province province = pick(Words.PROVINCES).generate(src);
    JurisdictionCode regencyCode =
        JurisdictionCode.of(province.code()).child(twoDigits(ints(1, 79).generate(src)));
    String regencyName = Gens.words(Words.REGENCIES, mix).generate(src);
    LocalDate day =
        ints(
                (int) LocalDate.of(2024, 1, 1).toEpochDay(),
                (int) LocalDate.of(2030, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay)
            .generate(src);
    return generate(
        new Place(province, regencyCode, regencyName), day, size, mix, Purpose.STANDALONE, src);
  }

  /** Generates one scenario, drawing everything from {@code src}. */
  static Scenario generate(
      Place place,
      LocalDate day,
      ScenarioSize size,
      TextMix mix,
      Purpose purpose,
      RandomnessSource src) {
    World w = new World(place, mix, purpose, src);
    w.geography(size);
    w.units(size);
    w.forumsAndOfficials();
    w.indicators(size, day);
    w.priorities(size);
    w.meeting(day);
    w.commitments(size, day);
    w.monitoring(size, day);
    if (purpose == Purpose.STANDALONE) {
      w.reports();
    }
    return new Scenario(
        w.jurisdictions,
        w.units,
        w.forums,
        w.officials,
        w.indicators,
        w.priorities,
        w.meeting,
        w.commitments,
        w.plan,
        w.cycles,
        w.reports);
  }

  /** The scenario under construction. */
  private static final class World {
    final Place place;
    final RandomnessSource src;
    final TextMix mix;
    final Purpose purpose;
    final ZoneId zone;
    final String prefix;

    final List<Jurisdiction> jurisdictions = new ArrayList<>();
    final List<Jurisdiction> subDistricts = new ArrayList<>();
    final List<Jurisdiction> villages = new ArrayList<>();
    final List<ResponsibleUnit> units = new ArrayList<>();
    final List<ResponsibleUnit> agencies = new ArrayList<>();
    final List<ResponsibleUnit> subDistrictOffices = new ArrayList<>();
    final List<ResponsibleUnit> villageUnits = new ArrayList<>();
    final List<ResponsibleUnit> cooperatives = new ArrayList<>();
    final List<ResponsibleUnit> forkopimda = new ArrayList<>();
    final Map<UnitId, OfficialId> headOf = new HashMap<>();
    final List<Forum> forums = new ArrayList<>();
    final List<Official> officials = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<Priority> priorities = new ArrayList<>();
    final List<Commitment> commitments = new ArrayList<>();
    final List<MonitoringCycle> cycles = new ArrayList<>();
    final List<ProgressReport> reports = new ArrayList<>();
    ResponsibleUnit government;
    OfficialId regent;
    MeetingId meetingId;
    Meeting meeting;
    MonitoringPlan plan;

    World(Place place, TextMix mix, Purpose purpose, RandomnessSource src) {
      this.place = place;
      this.mix = mix;
      this.purpose = purpose;
      this.src = src;
      this.zone = ZoneId.of(place.province().zone());
      this.prefix = place.regencyCode().value();
    }

    <T> T draw(Gen<T> gen) {
      return gen.generate(src);
    }

    void geography(ScenarioSize size) {
      JurisdictionCode provinceCode = JurisdictionCode.of(place.province().code());
      jurisdictions.add(
          Jurisdiction.builder()
              .code(provinceCode)
              .name(place.province().name())
              .level(JurisdictionLevel.PROVINCE)
              .build());
      jurisdictions.add(
          Jurisdiction.builder()
              .code(place.regencyCode())
              .name(place.regencyName())
              .level(JurisdictionLevel.REGENCY)
              .parent(provinceCode)
              .build());
      for (int s = 1; s <= size.subDistricts(); s++) {
        JurisdictionCode code = place.regencyCode().child(twoDigits(s));
        String name =
            s <= Words.SUB_DISTRICTS.size() && !(mix == TextMix.MIXED && draw(chance(10)))
                ? Words.SUB_DISTRICTS.get(s - 1)
                : mix == TextMix.MIXED
                    ? draw(Gens.unicode(1, 30))
                    : Words.SUB_DISTRICTS.get((s - 1) % Words.SUB_DISTRICTS.size()) + " " + s;
        Jurisdiction subDistrict =
            Jurisdiction.builder()
                .code(code)
                .name(name)
                .level(JurisdictionLevel.SUB_DISTRICT)
                .parent(place.regencyCode())
                .build();
        jurisdictions.add(subDistrict);
        subDistricts.add(subDistrict);
        for (int v = 1; v <= size.villagesPerSubDistrict(); v++) {
          boolean urban = draw(chance(15));
          villages.add(
              Jurisdiction.builder()
                  .code(code.child(Integer.toString((urban ? 1000 : 2000) + v)))
                  .name(draw(Gens.words(Words.VILLAGES, mix)))
                  .level(urban ? JurisdictionLevel.URBAN_VILLAGE : JurisdictionLevel.VILLAGE)
                  .parent(code)
                  .build());
        }
      }
      // Parents before children: sub-districts then villages in code order.
      List<Jurisdiction> ordered = new ArrayList<>(jurisdictions.subList(0, 2));
      for (Jurisdiction sd : subDistricts) {
        ordered.add(sd);
        villages.stream()
            .filter(v -> v.parent().orElseThrow().equals(sd.code()))
            .forEach(ordered::add);
      }
      jurisdictions.clear();
      jurisdictions.addAll(ordered);
    }

    private ResponsibleUnit unit(
        String id,
        String name,
        Optional<String> shortName,
        UnitKind kind,
        JurisdictionCode jurisdiction,
        Optional<UnitId> parent) {
      ResponsibleUnit unit =
          ResponsibleUnit.builder()
              .id(UnitId.of(id))
              .name(name)
              .shortName(shortName)
              .kind(kind)
              .jurisdiction(jurisdiction)
              .parent(parent)
              .build();
      units.add(unit);
      return unit;
    }

    void units(ScenarioSize size) {
      JurisdictionCode regency = place.regencyCode();
      String name = place.regencyName();
      government =
          unit(
              prefix + "/pemkab",
              "Pemerintah Kabupaten " + name,
              Optional.of("Pemkab"),
              UnitKind.REGIONAL_GOVERNMENT,
              regency,
              Optional.empty());
      Optional<UnitId> underGovernment = Optional.of(government.id());
      for (int a = 1; a <= size.agencies(); a++) {
        Words.Agency agency = Words.AGENCIES.get((a - 1) % Words.AGENCIES.size());
        int round = (a - 1) / Words.AGENCIES.size();
        String suffix = round == 0 ? "" : " " + (round + 1);
        agencies.add(
            unit(
                prefix + "/opd-" + twoDigits(a),
                agency.name() + suffix + " Kabupaten " + name,
                Optional.of(agency.shortName() + suffix),
                UnitKind.AGENCY,
                regency,
                underGovernment));
      }
      forkopimda.add(government);
      forkopimda.add(
          unit(
              prefix + "/dprd",
              "Dewan Perwakilan Rakyat Daerah Kabupaten " + name,
              Optional.of("DPRD"),
              UnitKind.LEGISLATURE,
              regency,
              Optional.empty()));
      forkopimda.add(
          unit(
              prefix + "/polres",
              "Kepolisian Resor " + name,
              Optional.of("Polres"),
              UnitKind.POLICE,
              regency,
              Optional.empty()));
      forkopimda.add(
          unit(
              prefix + "/kodim",
              "Komando Distrik Militer " + name,
              Optional.of("Kodim"),
              UnitKind.MILITARY,
              regency,
              Optional.empty()));
      forkopimda.add(
          unit(
              prefix + "/kejari",
              "Kejaksaan Negeri " + name,
              Optional.of("Kejari"),
              UnitKind.PROSECUTOR,
              regency,
              Optional.empty()));
      forkopimda.add(
          unit(
              prefix + "/pn",
              "Pengadilan Negeri " + name,
              Optional.empty(),
              UnitKind.COURT,
              regency,
              Optional.empty()));
      for (Jurisdiction sd : subDistricts) {
        ResponsibleUnit office =
            unit(
                sd.code().value() + "/kecamatan",
                "Kecamatan " + sd.name(),
                Optional.empty(),
                UnitKind.SUB_DISTRICT_OFFICE,
                sd.code(),
                underGovernment);
        subDistrictOffices.add(office);
        for (Jurisdiction v : villages) {
          if (!v.parent().orElseThrow().equals(sd.code())) {
            continue;
          }
          boolean urban = v.level() == JurisdictionLevel.URBAN_VILLAGE;
          villageUnits.add(
              unit(
                  v.code().value() + (urban ? "/kelurahan" : "/desa"),
                  (urban ? "Kelurahan " : "Pemerintah Desa ") + v.name(),
                  Optional.empty(),
                  urban ? UnitKind.URBAN_VILLAGE_OFFICE : UnitKind.VILLAGE_GOVERNMENT,
                  v.code(),
                  Optional.of(office.id())));
          if (draw(chance(40))) {
            cooperatives.add(
                unit(
                    v.code().value() + "/koperasi",
                    (urban ? "Koperasi Kelurahan Merah Putih " : "Koperasi Desa Merah Putih ")
                        + v.name(),
                    Optional.of("KDMP " + v.name()),
                    UnitKind.COOPERATIVE,
                    v.code(),
                    Optional.empty()));
          }
        }
      }
    }

    private OfficialId official(String id, ResponsibleUnit unit, String position) {
      Official official =
          Official.builder()
              .id(OfficialId.of(id))
              .name(draw(UnitGens.personNames(mix)))
              .position(position)
              .unit(unit.id())
              .build();
      officials.add(official);
      headOf.put(unit.id(), official.id());
      return official.id();
    }

    void forumsAndOfficials() {
      String name = place.regencyName();
      forums.add(
          Forum.builder()
              .id(ForumId.of(prefix + "/forkopimda"))
              .name("Forkopimda Kabupaten " + name)
              .kind(ForumKind.LEADERSHIP_FORUM)
              .jurisdiction(place.regencyCode())
              .members(forkopimda.stream().map(ResponsibleUnit::id).toList())
              .build());
      List<UnitId> taskForce = new ArrayList<>();
      taskForce.add(government.id());
      draw(subsetOf(agencies, 1, 4)).forEach(a -> taskForce.add(a.id()));
      forums.add(
          Forum.builder()
              .id(ForumId.of(prefix + "/tppS"))
              .name("Tim Percepatan Penurunan Stunting Kabupaten " + name)
              .kind(ForumKind.TASK_FORCE)
              .jurisdiction(place.regencyCode())
              .members(taskForce)
              .build());
      regent = official(prefix + "/bupati", government, "Bupati " + name);
      official(prefix + "/kapolres", forkopimda.get(2), "Kapolres " + name);
      official(prefix + "/dandim", forkopimda.get(3), "Dandim " + name);
      for (ResponsibleUnit agency : agencies) {
        if (draw(chance(70))) {
          official(agency.id().value() + "/kepala", agency, "Kepala " + agency.name());
        }
      }
      for (ResponsibleUnit office : subDistrictOffices) {
        official(office.id().value() + "/camat", office, "Camat " + office.name().substring(10));
      }
      for (ResponsibleUnit village : villageUnits) {
        boolean urban = village.kind() == UnitKind.URBAN_VILLAGE_OFFICE;
        official(
            village.id().value() + (urban ? "/lurah" : "/kades"),
            village,
            (urban ? "Lurah " : "Kepala Desa ") + village.name());
      }
      for (ResponsibleUnit cooperative : cooperatives) {
        if (draw(coin())) {
          official(cooperative.id().value() + "/ketua", cooperative, "Ketua " + cooperative.name());
        }
      }
    }

    List<ResponsibleUnit> stewards() {
      List<ResponsibleUnit> stewards = new ArrayList<>(agencies);
      stewards.add(government);
      return stewards;
    }

    void indicators(ScenarioSize size, LocalDate day) {
      for (int i = 1; i <= size.indicators(); i++) {
        Words.IndicatorTemplate template =
            Words.INDICATORS.get(
                (i - 1 + draw(ints(0, Words.INDICATORS.size() - 1))) % Words.INDICATORS.size());
        LocalDate baselineDate = day.minusDays(draw(ints(30, 400)));
        List<DatedValue> targets = new ArrayList<>();
        LocalDate date = day;
        double baseline = draw(ints(0, 1000)) / 10.0;
        for (int t = draw(ints(1, 3)); t > 0; t--) {
          date = date.plusDays(draw(ints(90, 400)));
          double step = draw(ints(1, 100)) / 10.0;
          targets.add(
              DatedValue.of(
                  template.direction() == Direction.HIGHER_IS_BETTER
                      ? baseline + step
                      : Math.max(0, baseline - step),
                  date));
        }
        indicators.add(
            Indicator.builder()
                .id(IndicatorId.of(prefix + "/ind-" + twoDigits(i)))
                .name(template.name())
                .unitOfMeasure(template.unitOfMeasure())
                .direction(template.direction())
                .baseline(DatedValue.of(baseline, baselineDate))
                .targets(targets)
                .dataSteward(draw(pick(stewards())).id())
                .build());
      }
    }

    void priorities(ScenarioSize size) {
      meetingId = MeetingId.of(prefix + "/rakor-1");
      int offset = draw(ints(0, Words.PRIORITIES.size() - 1));
      for (int p = 1; p <= size.priorities(); p++) {
        Words.PriorityTemplate template =
            Words.PRIORITIES.get((offset + p - 1) % Words.PRIORITIES.size());
        ResponsibleUnit lead = draw(pick(stewards()));
        List<UnitId> contributors =
            draw(subsetOf(units, 0, 4)).stream()
                .map(ResponsibleUnit::id)
                .filter(u -> !u.equals(lead.id()))
                .toList();
        priorities.add(
            Priority.builder()
                .id(PriorityId.of(prefix + "/prioritas-" + p))
                .title(template.title())
                .area(template.area())
                .jurisdiction(place.regencyCode())
                .originMeeting(meetingId)
                .lead(lead.id())
                .contributors(contributors)
                .indicators(draw(subsetOf(indicators, 1, 3)).stream().map(Indicator::id).toList())
                .build());
      }
    }

    void meeting(LocalDate day) {
      List<Participant> participants = new ArrayList<>();
      participants.add(
          Participant.builder()
              .unit(government.id())
              .official(regent)
              .role(ParticipantRole.CHAIR)
              .attendance(Attendance.PRESENT)
              .build());
      List<ResponsibleUnit> invited = new ArrayList<>(agencies);
      invited.addAll(forkopimda.subList(1, forkopimda.size()));
      invited.addAll(subDistrictOffices);
      invited.addAll(villageUnits);
      invited.addAll(cooperatives);
      Gen<Attendance> attendance =
          Gens.weighted(
              4, Generate.constant(Attendance.PRESENT), 1, Generate.enumValues(Attendance.class));
      for (ResponsibleUnit unit : invited) {
        boolean presenter = unit.kind() == UnitKind.AGENCY;
        participants.add(
            Participant.builder()
                .unit(unit.id())
                .official(Optional.ofNullable(headOf.get(unit.id())))
                .role(presenter ? ParticipantRole.PRESENTER : ParticipantRole.MEMBER)
                .attendance(draw(attendance))
                .build());
      }
      List<AgendaItem> agenda = new ArrayList<>();
      List<UnitReport> unitReports = new ArrayList<>();
      List<Decision> decisions = new ArrayList<>();
      for (int i = 0; i < priorities.size(); i++) {
        Priority priority = priorities.get(i);
        int position = i + 1;
        agenda.add(
            AgendaItem.builder()
                .position(position)
                .title(priority.title())
                .priority(priority.id())
                .presenter(priority.lead())
                .build());
        unitReports.add(
            UnitReport.builder()
                .from(draw(MeetingGens.unitReports(priority.lead(), List.of(position), mix)))
                .agendaPosition(position)
                .build());
        decisions.add(
            Decision.builder()
                .number(position)
                .agendaPosition(position)
                .text("Menyepakati rencana tindak lanjut " + priority.title())
                .build());
      }
      ZonedDateTime start =
          ZonedDateTime.of(day, LocalTime.of(draw(ints(8, 10)), draw(pick(List.of(0, 30)))), zone);
      boolean approved = draw(coin());
      meeting =
          Meeting.builder()
              .id(meetingId)
              .title("Rapat Koordinasi Lintas Sektor Kabupaten " + place.regencyName())
              .kind(MeetingKind.CROSS_SECTOR_COORDINATION)
              .jurisdiction(place.regencyCode())
              .convener(government.id())
              .coConveners(List.of(forums.get(0).id()))
              .chair(regent)
              .venue(draw(Gens.words(Words.VENUES, mix)))
              .start(start)
              .end(start.plusMinutes(draw(ints(90, 360))))
              .participants(participants)
              .agenda(agenda)
              .reports(unitReports)
              .decisions(decisions)
              .minutes(
                  approved
                      ? Optional.of("Notulen rapat koordinasi lintas sektor " + day)
                      : Optional.empty())
              .status(approved ? MeetingStatus.MINUTES_APPROVED : MeetingStatus.CONCLUDED)
              .build();
    }

    void commitments(ScenarioSize size, LocalDate day) {
      List<JurisdictionCode> places = new ArrayList<>();
      places.add(place.regencyCode());
      subDistricts.forEach(j -> places.add(j.code()));
      villages.forEach(j -> places.add(j.code()));
      List<ResponsibleUnit> leads = new ArrayList<>(agencies);
      leads.addAll(subDistrictOffices);
      leads.addAll(forkopimda);
      leads.addAll(villageUnits);
      LocalDate firstPeriodStart = day.withDayOfMonth(1);
      // In a national scenario every commitment runs through every cycle, so that it reports in
      // each.
      int lastStartOffset =
          purpose == Purpose.NATIONAL_REGENCY
              ? (int) (firstPeriodStart.plusMonths(1).toEpochDay() - day.toEpochDay()) - 1
              : 30;
      Gen<CommitmentStatus> statuses =
          pick(
              List.of(
                  CommitmentStatus.AGREED,
                  CommitmentStatus.IN_PROGRESS,
                  CommitmentStatus.IN_PROGRESS,
                  CommitmentStatus.COMPLETED,
                  CommitmentStatus.PROPOSED,
                  CommitmentStatus.CANCELLED));
      for (int k = 1; k <= size.commitments(); k++) {
        int position = draw(ints(1, priorities.size()));
        Priority priority = priorities.get(position - 1);
        ResponsibleUnit lead = draw(pick(leads));
        CommitmentId id = CommitmentId.of(prefix + "/rtl-" + String.format("%04d", k));
        Optional<CommitmentId> parent =
            k > 1 && draw(chance(20))
                ? Optional.of(commitments.get(draw(ints(0, k - 2))).id())
                : Optional.empty();
        CommitmentShape shape =
            new CommitmentShape(
                id,
                meetingId,
                Optional.of(position),
                lead.id(),
                draw(subsetOf(units, 0, 3)).stream()
                    .map(ResponsibleUnit::id)
                    .filter(u -> !u.equals(lead.id()))
                    .toList(),
                priority.id(),
                priority.area(),
                draw(subsetOf(places, 1, 3)),
                priority.indicators(),
                day.plusDays(draw(ints(0, lastStartOffset))),
                parent,
                ints(1, 1000).map(v -> v / 10.0),
                statuses);
        int minDays =
            purpose == Purpose.NATIONAL_REGENCY
                ? (int)
                    (firstPeriodStart.plusMonths(size.cycles()).toEpochDay()
                        - shape.start().toEpochDay())
                : 0;
        Commitment c =
            draw(CommitmentGens.commitment(shape, minDays, minDays + 31 * size.cycles() + 60, mix));
        commitments.add(c);
      }
    }

    void monitoring(ScenarioSize size, LocalDate day) {
      ResponsibleUnit owner =
          agencies.stream()
              .filter(a -> a.shortName().orElse("").startsWith("Bappeda"))
              .findFirst()
              .orElse(government);
      plan =
          MonitoringPlan.builder()
              .id(MonitoringPlanId.of(prefix + "/monev-" + day.getYear()))
              .name("Monitoring rencana tindak lanjut rakor lintas sektor " + place.regencyName())
              .owner(owner.id())
              .jurisdiction(place.regencyCode())
              .originMeeting(meetingId)
              .cadence(Cadence.MONTHLY)
              .zone(zone)
              .firstPeriodStart(day.withDayOfMonth(1))
              .reportingWindowDays(draw(ints(5, 15)))
              .build();
      List<MonitoringCycle> planned = MonitoringGens.cyclesOf(plan, size.cycles());
      for (MonitoringCycle cycle : planned) {
        CycleStatus status =
            cycle.sequence() == size.cycles()
                ? CycleStatus.OPEN
                : draw(pick(List.of(CycleStatus.EVALUATED, CycleStatus.CLOSED)));
        cycles.add(cycle.withStatus(status));
      }
    }

    void reports() {
      Map<CommitmentId, Double> progress = new HashMap<>();
      for (MonitoringCycle cycle : cycles) {
        for (Commitment c : commitments) {
          boolean overlaps =
              c.start().isBefore(cycle.periodEnd()) && !c.due().isBefore(cycle.periodStart());
          if (!overlaps || !draw(chance(75))) {
            continue;
          }
          ProgressReport report =
              MonitoringGens.progressReport(
                  c, cycle, progress.getOrDefault(c.id(), 0.0), 100, mix, src);
          progress.put(c.id(), report.progressPercent());
          reports.add(report);
        }
      }
    }
  }
}
