package io.rakor.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.rakor.core.commitments.BudgetCode;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.CollectionFrequency;
import io.rakor.core.indicators.DataSource;
import io.rakor.core.indicators.DataSourceKind;
import io.rakor.core.indicators.DatedValue;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.indicators.IndicatorType;
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
import io.rakor.core.meetings.Obstacle;
import io.rakor.core.meetings.ObstacleCategory;
import io.rakor.core.meetings.Participant;
import io.rakor.core.meetings.ParticipantRole;
import io.rakor.core.meetings.Priority;
import io.rakor.core.meetings.UnitReport;
import io.rakor.core.monitoring.Cadence;
import io.rakor.core.monitoring.MonitoringPlan;
import io.rakor.core.monitoring.MonitoringPlanId;
import io.rakor.core.plans.InstrumentKind;
import io.rakor.core.plans.InstrumentStatus;
import io.rakor.core.plans.LegalInstrument;
import io.rakor.core.plans.LegalInstrumentId;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.Forum;
import io.rakor.core.units.ForumId;
import io.rakor.core.units.ForumKind;
import io.rakor.core.units.Official;
import io.rakor.core.units.OfficialId;
import io.rakor.core.units.PersonName;
import io.rakor.core.units.ResponsibleUnit;
import io.rakor.core.units.UnitId;
import io.rakor.core.units.UnitKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-sector coordination meeting (<i>Rakor Lintas Sektor</i>) of Kabupaten Lampung Utara on
 * Monday 12 January 2026, built with Rakor's types from the news report in {@code shared/seed/}.
 *
 * <p>What the report states is modelled as stated: the date, the venue (Gedung Pusiban), the chair
 * (the regent, Dr. Ir. Hamartoni Ahadis, M.Si.), the Forkopimda, the agencies, the camats of the 23
 * sub-districts, the village heads and cooperative chairs, the priority issues, the obstacles named
 * (budget, geography, human resources; data differences) and the decision to draw up a follow-up
 * plan monitored periodically. Everything the report does not give is marked <b>illustrative</b>:
 * the meeting's hours, jurisdiction codes below the regency, village names, indicator baselines and
 * targets, budgets, the commitments' dates.
 */
public final class LampungUtara {
  /** Western Indonesia Time, UTC+7. */
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  /** Lampung province. */
  public static final JurisdictionCode LAMPUNG = JurisdictionCode.of("18");

  /** Kabupaten Lampung Utara. */
  public static final JurisdictionCode LAMPUNG_UTARA = JurisdictionCode.of("18.03");

  /** The 23 sub-districts (kecamatan) of Lampung Utara, alphabetically. */
  public static final ImmutableList<String> KECAMATAN =
      ImmutableList.of(
          "Abung Barat",
          "Abung Kunang",
          "Abung Pekurun",
          "Abung Selatan",
          "Abung Semuli",
          "Abung Surakarta",
          "Abung Tengah",
          "Abung Timur",
          "Abung Tinggi",
          "Blambangan Pagar",
          "Bukit Kemuning",
          "Bunga Mayang",
          "Hulu Sungkai",
          "Kotabumi",
          "Kotabumi Selatan",
          "Kotabumi Utara",
          "Muara Sungkai",
          "Sungkai Barat",
          "Sungkai Jaya",
          "Sungkai Selatan",
          "Sungkai Tengah",
          "Sungkai Utara",
          "Tanjung Raja");

  private static final int VILLAGES = 232;
  private static final int URBAN_VILLAGES = 15;

  // The regency's own units.
  static final UnitId PEMKAB = UnitId.of("lu.pemkab");
  static final UnitId DPRD = UnitId.of("lu.dprd");
  static final UnitId POLRES = UnitId.of("lu.polres");
  static final UnitId KODIM = UnitId.of("lu.kodim-0412");
  static final UnitId KEJARI = UnitId.of("lu.kejari");
  static final UnitId PN = UnitId.of("lu.pn-kotabumi");
  static final UnitId BAPPEDA = UnitId.of("lu.bappeda");
  static final UnitId DISDIK = UnitId.of("lu.disdik");
  static final UnitId DINKES = UnitId.of("lu.dinkes");
  static final UnitId PUPR = UnitId.of("lu.pupr");
  static final UnitId PERKIM = UnitId.of("lu.perkim");
  static final UnitId BPBD = UnitId.of("lu.bpbd");
  static final UnitId KOMINFO = UnitId.of("lu.kominfo");
  static final UnitId DINSOS = UnitId.of("lu.dinsos");
  static final UnitId DPMD = UnitId.of("lu.dpmd");
  static final UnitId DP3AP2KB = UnitId.of("lu.dp3ap2kb");
  static final UnitId DISKOPUKM = UnitId.of("lu.diskopukm");

  static final ForumId FORKOPIMDA = ForumId.of("lu.forkopimda");
  static final OfficialId BUPATI = OfficialId.of("lu.bupati");
  static final MeetingId RAKOR = MeetingId.of("lu.rakor.2026-01-12");
  static final LegalInstrumentId STUNTING_PERBUP = LegalInstrumentId.of("lu.perbup.stunting");

  static final PriorityId BASIC_SERVICES = PriorityId.of("lu.2026.basic-services");
  static final PriorityId INTEGRATED_DATA = PriorityId.of("lu.2026.integrated-data");
  static final PriorityId STUNTING = PriorityId.of("lu.2026.stunting");
  static final PriorityId DISASTER = PriorityId.of("lu.2026.disaster-preparedness");
  static final PriorityId SECURITY = PriorityId.of("lu.2026.security-and-order");

  static final IndicatorId STUNTING_PREVALENCE = IndicatorId.of("lu.stunting-prevalence");
  static final IndicatorId SAFE_WATER = IndicatorId.of("lu.households-safe-water");
  static final IndicatorId SCHOOL_PARTICIPATION = IndicatorId.of("lu.school-participation-sd");
  static final IndicatorId CONTINGENCY_PLANS = IndicatorId.of("lu.villages-contingency-plan");
  static final IndicatorId SYNCED_AGENCIES = IndicatorId.of("lu.agencies-synchronised-data");

  private final ImmutableList<Jurisdiction> jurisdictions;
  private final ImmutableMap<UnitId, ResponsibleUnit> units;
  private final Forum forkopimda;
  private final Official bupati;
  private final ImmutableList<LegalInstrument> legalInstruments;
  private final ImmutableList<Indicator> indicators;
  private final ImmutableList<Priority> priorities;
  private final Meeting meeting;
  private final ImmutableList<Commitment> commitments;
  private final MonitoringPlan monitoringPlan;

  private LampungUtara() {
    this.jurisdictions = buildJurisdictions();
    this.units = buildUnits(jurisdictions);
    this.forkopimda =
        Forum.builder()
            .id(FORKOPIMDA)
            .name("Forkopimda Kabupaten Lampung Utara")
            .kind(ForumKind.LEADERSHIP_FORUM)
            .jurisdiction(LAMPUNG_UTARA)
            .addMembers(PEMKAB, DPRD, POLRES, KODIM, KEJARI, PN)
            .build();
    this.bupati =
        Official.builder()
            .id(BUPATI)
            .name(
                PersonName.builder()
                    .addTitlesBefore("Dr.", "Ir.")
                    .name("Hamartoni Ahadis")
                    .addTitlesAfter("M.Si.")
                    .build())
            .position("Bupati Lampung Utara")
            .unit(PEMKAB)
            .build();
    this.legalInstruments =
        ImmutableList.of(
            LegalInstrument.builder()
                .id(STUNTING_PERBUP)
                .kind(InstrumentKind.HEAD_REGULATION)
                .title("Peraturan Bupati tentang percepatan penurunan stunting")
                .number("illustrative") // the seed report does not cite the regulation's number
                .date(LocalDate.of(2025, 6, 2)) // illustrative
                .issuer(PEMKAB)
                .jurisdiction(LAMPUNG_UTARA)
                .status(InstrumentStatus.ENACTED)
                .build());
    this.indicators = buildIndicators();
    this.priorities = buildPriorities();
    this.meeting = buildMeeting();
    this.commitments = buildCommitments();
    this.monitoringPlan =
        MonitoringPlan.builder()
            .id(MonitoringPlanId.of("lu.monev.2026"))
            .name("Monitoring berkala RTL Rakor Lintas Sektor 2026")
            .owner(BAPPEDA)
            .jurisdiction(LAMPUNG_UTARA)
            .originMeeting(RAKOR)
            .cadence(Cadence.MONTHLY)
            .zone(WIB)
            .firstPeriodStart(LocalDate.of(2026, 2, 1)) // illustrative
            .reportingWindowDays(10) // illustrative
            .build();
  }

  /**
   * Builds the whole data set of the meeting.
   *
   * @return the meeting, its participants, priorities, commitments and monitoring plan
   */
  public static LampungUtara build() {
    return new LampungUtara();
  }

  /**
   * Lampung, Lampung Utara, its 23 sub-districts, 232 villages and 15 urban villages.
   *
   * @return the jurisdictions, parents before children
   */
  public ImmutableList<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }

  /**
   * Every responsible unit: the Forkopimda members, the agencies, the sub-district offices, the
   * village governments and the cooperatives.
   *
   * @return the units by id
   */
  public ImmutableMap<UnitId, ResponsibleUnit> units() {
    return units;
  }

  /**
   * The regional leadership forum.
   *
   * @return the Forkopimda
   */
  public Forum forkopimda() {
    return forkopimda;
  }

  /**
   * The regent, who chairs the meeting.
   *
   * @return the Bupati
   */
  public Official bupati() {
    return bupati;
  }

  /**
   * The regulations the commitments cite: the Bupati's regulation on stunting (illustrative), the
   * legal basis of the stunting commitment.
   *
   * @return the legal instruments
   */
  public ImmutableList<LegalInstrument> legalInstruments() {
    return legalInstruments;
  }

  /**
   * The indicators the priorities are measured by (baselines and targets illustrative).
   *
   * @return the indicators
   */
  public ImmutableList<Indicator> indicators() {
    return indicators;
  }

  /**
   * The five priority issues.
   *
   * @return the priorities
   */
  public ImmutableList<Priority> priorities() {
    return priorities;
  }

  /**
   * The meeting of 12 January 2026.
   *
   * @return the meeting
   */
  public Meeting meeting() {
    return meeting;
  }

  /**
   * The follow-up plan (<i>rencana tindak lanjut</i>) agreed at the meeting.
   *
   * @return the commitments
   */
  public ImmutableList<Commitment> commitments() {
    return commitments;
  }

  /**
   * The periodic monitoring of the follow-up plan.
   *
   * @return the monitoring plan
   */
  public MonitoringPlan monitoringPlan() {
    return monitoringPlan;
  }

  /**
   * A unit by id.
   *
   * @param id the unit's id
   * @return the unit
   * @throws IllegalArgumentException if there is no such unit
   */
  public ResponsibleUnit unit(UnitId id) {
    ResponsibleUnit unit = units.get(id);
    if (unit == null) {
      throw new IllegalArgumentException("no unit " + id);
    }
    return unit;
  }

  /**
   * The code of a sub-district, by its position in {@link #KECAMATAN} (codes are illustrative).
   *
   * @param index 0 to 22
   * @return the code, {@code 18.03.01} to {@code 18.03.23}
   */
  public static JurisdictionCode kecamatan(int index) {
    return LAMPUNG_UTARA.child(index + 1);
  }

  /**
   * The id of a sub-district office, by its position in {@link #KECAMATAN}.
   *
   * @param index 0 to 22
   * @return the office's unit id
   */
  public static UnitId camat(int index) {
    return UnitId.of("lu.camat." + kecamatan(index));
  }

  private static ImmutableList<Jurisdiction> buildJurisdictions() {
    List<Jurisdiction> all = new ArrayList<>();
    all.add(
        Jurisdiction.builder()
            .code(LAMPUNG)
            .name("Lampung")
            .level(JurisdictionLevel.PROVINCE)
            .build());
    all.add(
        Jurisdiction.builder()
            .code(LAMPUNG_UTARA)
            .name("Lampung Utara")
            .level(JurisdictionLevel.REGENCY)
            .parent(LAMPUNG)
            .build());
    for (int k = 0; k < KECAMATAN.size(); k++) {
      all.add(
          Jurisdiction.builder()
              .code(kecamatan(k))
              .name(KECAMATAN.get(k))
              .level(JurisdictionLevel.SUB_DISTRICT)
              .parent(LAMPUNG_UTARA)
              .build());
    }
    // Illustrative: the report gives only the totals, 232 villages and 15 urban villages. The
    // urban villages are placed in the three Kotabumi sub-districts, the villages spread evenly.
    Map<Integer, Integer> nextSegment = new LinkedHashMap<>();
    for (int u = 0; u < URBAN_VILLAGES; u++) {
      int k = KECAMATAN.indexOf("Kotabumi") + u % 3;
      int segment = 1001 + nextSegment.merge(k, 1, Integer::sum) - 1;
      all.add(village(k, segment, "Kelurahan", JurisdictionLevel.URBAN_VILLAGE));
    }
    for (int v = 0; v < VILLAGES; v++) {
      int k = v % KECAMATAN.size();
      int segment = 2001 + v / KECAMATAN.size();
      all.add(village(k, segment, "Desa", JurisdictionLevel.VILLAGE));
    }
    return ImmutableList.copyOf(all);
  }

  private static Jurisdiction village(int k, int segment, String prefix, JurisdictionLevel level) {
    JurisdictionCode code = kecamatan(k).child(segment);
    return Jurisdiction.builder()
        .code(code)
        .name(prefix + " " + code + " (" + KECAMATAN.get(k) + ", illustrative)")
        .level(level)
        .parent(kecamatan(k))
        .build();
  }

  private static ImmutableMap<UnitId, ResponsibleUnit> buildUnits(List<Jurisdiction> places) {
    Map<UnitId, ResponsibleUnit> units = new LinkedHashMap<>();
    regency(
        units,
        PEMKAB,
        "Pemerintah Kabupaten Lampung Utara",
        "Pemkab",
        UnitKind.REGIONAL_GOVERNMENT);
    regency(units, DPRD, "DPRD Kabupaten Lampung Utara", "DPRD", UnitKind.LEGISLATURE);
    regency(units, POLRES, "Kepolisian Resor Lampung Utara", "Polres", UnitKind.POLICE);
    regency(
        units,
        KODIM,
        "Komando Distrik Militer 0412/Lampung Utara",
        "Kodim 0412",
        UnitKind.MILITARY);
    regency(units, KEJARI, "Kejaksaan Negeri Lampung Utara", "Kejari", UnitKind.PROSECUTOR);
    regency(units, PN, "Pengadilan Negeri Kotabumi", "PN Kotabumi", UnitKind.COURT);
    regency(units, BAPPEDA, "Badan Perencanaan Pembangunan Daerah", "Bappeda", UnitKind.AGENCY);
    regency(units, DISDIK, "Dinas Pendidikan dan Kebudayaan", "Disdikbud", UnitKind.AGENCY);
    regency(units, DINKES, "Dinas Kesehatan", "Dinkes", UnitKind.AGENCY);
    regency(units, PUPR, "Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR", UnitKind.AGENCY);
    regency(units, PERKIM, "Dinas Perumahan dan Kawasan Permukiman", "Perkim", UnitKind.AGENCY);
    regency(units, BPBD, "Badan Penanggulangan Bencana Daerah", "BPBD", UnitKind.AGENCY);
    regency(units, KOMINFO, "Dinas Komunikasi dan Informatika", "Diskominfo", UnitKind.AGENCY);
    regency(units, DINSOS, "Dinas Sosial", "Dinsos", UnitKind.AGENCY);
    regency(units, DPMD, "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", UnitKind.AGENCY);
    regency(
        units,
        DP3AP2KB,
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
        "DP3AP2KB",
        UnitKind.AGENCY);
    regency(units, DISKOPUKM, "Dinas Koperasi dan UKM", "Diskop UKM", UnitKind.AGENCY);
    for (int k = 0; k < KECAMATAN.size(); k++) {
      put(
          units,
          ResponsibleUnit.builder()
              .id(camat(k))
              .name("Kecamatan " + KECAMATAN.get(k))
              .shortName("Camat " + KECAMATAN.get(k))
              .kind(UnitKind.SUB_DISTRICT_OFFICE)
              .jurisdiction(kecamatan(k))
              .parent(PEMKAB)
              .build());
    }
    for (Jurisdiction place : places) {
      boolean village = place.level() == JurisdictionLevel.VILLAGE;
      if (!village && place.level() != JurisdictionLevel.URBAN_VILLAGE) {
        continue;
      }
      UnitId camat = UnitId.of("lu.camat." + place.parent().orElseThrow());
      put(
          units,
          ResponsibleUnit.builder()
              .id(UnitId.of("lu.village." + place.code()))
              .name((village ? "Pemerintah " : "Kantor ") + place.name())
              .kind(village ? UnitKind.VILLAGE_GOVERNMENT : UnitKind.URBAN_VILLAGE_OFFICE)
              .jurisdiction(place.code())
              .parent(camat)
              .build());
      put(
          units,
          ResponsibleUnit.builder()
              .id(UnitId.of("lu.koperasi." + place.code()))
              .name("Koperasi " + (village ? "Desa" : "Kelurahan") + " Merah Putih " + place.code())
              .kind(UnitKind.COOPERATIVE)
              .jurisdiction(place.code())
              .build());
    }
    return ImmutableMap.copyOf(units);
  }

  private static void regency(
      Map<UnitId, ResponsibleUnit> units, UnitId id, String name, String shortName, UnitKind kind) {
    put(
        units,
        ResponsibleUnit.builder()
            .id(id)
            .name(name)
            .shortName(shortName)
            .kind(kind)
            .jurisdiction(LAMPUNG_UTARA)
            .build());
  }

  private static void put(Map<UnitId, ResponsibleUnit> units, ResponsibleUnit unit) {
    units.put(unit.id(), unit);
  }

  private static ImmutableList<Indicator> buildIndicators() {
    LocalDate baseline = LocalDate.of(2025, 12, 31);
    LocalDate endOf2026 = LocalDate.of(2026, 12, 31);
    return ImmutableList.of(
        // A rate: children found stunted per 100 children measured, from the monthly weighing
        // register (e-PPGBM); reported values carry their numerator and denominator.
        indicator(
                STUNTING_PREVALENCE,
                "Prevalensi stunting balita",
                "%",
                Direction.LOWER_IS_BETTER,
                DINKES,
                DatedValue.of(18.5, baseline),
                DatedValue.of(14.0, endOf2026))
            .withRateBase(100L)
            .withType(IndicatorType.OUTCOME)
            .withDataSource(DataSource.of(DataSourceKind.REGISTER, "e-PPGBM"))
            .withCollectionFrequency(CollectionFrequency.MONTHLY),
        indicator(
            SAFE_WATER,
            "Rumah tangga dengan akses air minum layak",
            "%",
            Direction.HIGHER_IS_BETTER,
            PERKIM,
            DatedValue.of(72.0, baseline),
            DatedValue.of(80.0, endOf2026)),
        indicator(
            SCHOOL_PARTICIPATION,
            "Angka partisipasi murni SD",
            "%",
            Direction.HIGHER_IS_BETTER,
            DISDIK,
            DatedValue.of(95.1, baseline),
            DatedValue.of(97.0, endOf2026)),
        indicator(
            CONTINGENCY_PLANS,
            "Desa dengan rencana kontinjensi bencana",
            "villages",
            Direction.HIGHER_IS_BETTER,
            BPBD,
            DatedValue.of(12, baseline),
            DatedValue.of(60, endOf2026)),
        indicator(
            SYNCED_AGENCIES,
            "OPD yang menyinkronkan data setiap bulan",
            "agencies",
            Direction.HIGHER_IS_BETTER,
            KOMINFO,
            DatedValue.of(5, baseline),
            DatedValue.of(40, endOf2026)));
  }

  private static Indicator indicator(
      IndicatorId id,
      String name,
      String unitOfMeasure,
      Direction direction,
      UnitId steward,
      DatedValue baseline,
      DatedValue target) {
    return Indicator.builder()
        .id(id)
        .name(name)
        .definition("Illustrative baseline and target; the seed report gives no figures.")
        .unitOfMeasure(unitOfMeasure)
        .direction(direction)
        .baseline(baseline)
        .addTargets(target)
        .dataSteward(steward)
        .build();
  }

  private static ImmutableList<Priority> buildPriorities() {
    return ImmutableList.of(
        priority(
            BASIC_SERVICES,
            "Peningkatan layanan dasar masyarakat",
            PriorityArea.BASIC_SERVICES,
            BAPPEDA,
            List.of(DISDIK, DINKES, PUPR, PERKIM),
            List.of(SCHOOL_PARTICIPATION, SAFE_WATER)),
        priority(
            INTEGRATED_DATA,
            "Percepatan penyusunan dan pemutakhiran data terpadu",
            PriorityArea.INTEGRATED_DATA,
            KOMINFO,
            List.of(BAPPEDA, DINSOS, DPMD),
            List.of(SYNCED_AGENCIES)),
        priority(
            STUNTING,
            "Pencegahan dan penurunan angka stunting",
            PriorityArea.STUNTING,
            DINKES,
            List.of(DP3AP2KB, PERKIM, DPMD),
            List.of(STUNTING_PREVALENCE)),
        priority(
            DISASTER,
            "Peningkatan kesiapsiagaan bencana",
            PriorityArea.DISASTER_PREPAREDNESS,
            BPBD,
            List.of(POLRES, KODIM, DINSOS),
            List.of(CONTINGENCY_PLANS)),
        priority(
            SECURITY,
            "Keamanan, ketertiban dan stabilitas daerah",
            PriorityArea.SECURITY_AND_ORDER,
            POLRES,
            List.of(KODIM, KEJARI),
            List.of()));
  }

  private static Priority priority(
      PriorityId id,
      String title,
      PriorityArea area,
      UnitId lead,
      List<UnitId> contributors,
      List<IndicatorId> indicators) {
    return Priority.builder()
        .id(id)
        .title(title)
        .area(area)
        .jurisdiction(LAMPUNG_UTARA)
        .originMeeting(RAKOR)
        .lead(lead)
        .addAllContributors(contributors)
        .addAllIndicators(indicators)
        .build();
  }

  private Meeting buildMeeting() {
    List<Participant> participants = new ArrayList<>();
    participants.add(
        Participant.builder()
            .unit(PEMKAB)
            .official(BUPATI)
            .role(ParticipantRole.CHAIR)
            .attendance(Attendance.PRESENT)
            .build());
    participants.add(participant(BAPPEDA, ParticipantRole.SECRETARIAT));
    for (UnitId member : List.of(DPRD, POLRES, KODIM, KEJARI, PN)) {
      participants.add(participant(member, ParticipantRole.MEMBER));
    }
    for (UnitId agency :
        List.of(DISDIK, DINKES, PUPR, PERKIM, BPBD, KOMINFO, DINSOS, DPMD, DP3AP2KB, DISKOPUKM)) {
      participants.add(participant(agency, ParticipantRole.PRESENTER));
    }
    for (ResponsibleUnit unit : units.values()) {
      switch (unit.kind()) {
        case SUB_DISTRICT_OFFICE, VILLAGE_GOVERNMENT, URBAN_VILLAGE_OFFICE, COOPERATIVE ->
            participants.add(participant(unit.id(), ParticipantRole.MEMBER));
        default -> {}
      }
    }
    ZonedDateTime start = ZonedDateTime.of(2026, 1, 12, 9, 0, 0, 0, WIB); // hours illustrative
    return Meeting.builder()
        .id(RAKOR)
        .title("Rapat Koordinasi Lintas Sektor Kabupaten Lampung Utara")
        .kind(MeetingKind.CROSS_SECTOR_COORDINATION)
        .jurisdiction(LAMPUNG_UTARA)
        .convener(PEMKAB)
        .addCoConveners(FORKOPIMDA)
        .chair(BUPATI)
        .venue("Gedung Pusiban, Kotabumi")
        .start(start)
        .end(start.plusHours(4))
        .addAllParticipants(participants)
        .addAgenda(
            agenda(1, "Sambutan Bupati: rakor sebagai arena konsolidasi", null, PEMKAB),
            agenda(2, "Peningkatan layanan dasar masyarakat", BASIC_SERVICES, BAPPEDA),
            agenda(3, "Percepatan data terpadu", INTEGRATED_DATA, KOMINFO),
            agenda(4, "Pencegahan dan penurunan stunting", STUNTING, DINKES),
            agenda(5, "Kesiapsiagaan bencana", DISASTER, BPBD),
            agenda(6, "Keamanan, ketertiban dan stabilitas (Forkopimda)", SECURITY, POLRES),
            agenda(7, "Penyusunan rencana tindak lanjut dan monitoring berkala", null, BAPPEDA))
        .addReports(
            UnitReport.builder()
                .unit(DISDIK)
                .agendaPosition(2)
                .addAchievements("Kondisi terkini layanan pendidikan dipaparkan (illustrative)")
                .addObstacles(
                    Obstacle.of(ObstacleCategory.BUDGET, "Keterbatasan anggaran"),
                    Obstacle.of(ObstacleCategory.GEOGRAPHY, "Sekolah di wilayah terpencil"),
                    Obstacle.of(
                        ObstacleCategory.HUMAN_RESOURCES, "Kebutuhan peningkatan kapasitas guru"))
                .addPlans("Pemerataan akses pendidikan di desa terpencil")
                .build(),
            UnitReport.builder()
                .unit(DINKES)
                .agendaPosition(4)
                .addAchievements("Edukasi kesehatan dan gizi ibu dan anak berjalan (illustrative)")
                .addObstacles(
                    Obstacle.of(
                        ObstacleCategory.COORDINATION,
                        "Stunting tidak bisa ditangani oleh satu sektor saja"))
                .addPlans("Peningkatan gizi ibu dan anak", "Perbaikan sanitasi lingkungan")
                .build(),
            UnitReport.builder()
                .unit(KOMINFO)
                .agendaPosition(3)
                .addObstacles(
                    Obstacle.of(
                        ObstacleCategory.DATA,
                        "Perbedaan data antar sektor menimbulkan ketidaktepatan sasaran"))
                .addPlans("Sinkronisasi data seluruh OPD secara berkala")
                .build(),
            UnitReport.builder()
                .unit(BPBD)
                .agendaPosition(5)
                .addPlans(
                    "Penyusunan rencana kontinjensi",
                    "Peningkatan kapasitas aparatur",
                    "Edukasi kepada masyarakat")
                .build(),
            UnitReport.builder()
                .unit(POLRES)
                .agendaPosition(6)
                .addAchievements("Kondisi keamanan dan ketertiban kondusif (illustrative)")
                .addPlans("Sinergi TNI-Polri dan pemerintah daerah menjaga stabilitas")
                .build())
        .addDecisions(
            decision(
                1,
                null,
                "Setiap sektor memiliki peran dan tanggung jawab yang jelas untuk setiap isu prioritas."),
            decision(
                2,
                3,
                "Setiap OPD berbagi data dan melakukan sinkronisasi secara berkala menuju satu data daerah."),
            decision(
                3,
                null,
                "Tidak ada tumpang tindih program; anggaran digunakan efektif dan tepat sasaran."),
            decision(4, 7, "Rencana tindak lanjut disusun dan dimonitor secara berkala."))
        .status(MeetingStatus.CONCLUDED)
        .build();
  }

  private static Participant participant(UnitId unit, ParticipantRole role) {
    return Participant.builder().unit(unit).role(role).attendance(Attendance.PRESENT).build();
  }

  private static AgendaItem agenda(
      int position, String title, PriorityId priority, UnitId presenter) {
    AgendaItem.Builder item =
        AgendaItem.builder().position(position).title(title).presenter(presenter);
    if (priority != null) {
      item.priority(priority);
    }
    return item.build();
  }

  private static Decision decision(int number, Integer agendaPosition, String text) {
    Decision.Builder decision = Decision.builder().number(number).text(text);
    if (agendaPosition != null) {
      decision.agendaPosition(agendaPosition);
    }
    return decision.build();
  }

  private static ImmutableList<Commitment> buildCommitments() {
    Currency idr = Currency.getInstance("IDR");
    LocalDate start = LocalDate.of(2026, 2, 1);
    LocalDate endOf2026 = LocalDate.of(2026, 12, 31);
    return ImmutableList.of(
        commitment(
                "lu.rtl.01",
                4,
                "Menurunkan prevalensi stunting melalui gizi ibu dan anak",
                DINKES,
                STUNTING,
                PriorityArea.STUNTING,
                start,
                endOf2026)
            .addSupporters(DP3AP2KB, DPMD, PERKIM)
            .addTargets(Target.of(STUNTING_PREVALENCE, 14.0, endOf2026))
            .addLegalBasis(STUNTING_PERBUP)
            .addFundingLines(
                FundingLine.builder()
                    .source(FundingSource.REGIONAL_BUDGET)
                    .fiscalYear(2026)
                    .allocation(new BigDecimal("2500000000"))
                    .currency(idr)
                    // An illustrative sub-activity code of the Permendagri 90/2019 shape.
                    .code(BudgetCode.of("1.02.02.2.02.0024"))
                    .label("APBD Dinas Kesehatan: gizi ibu dan anak")
                    .build(),
                FundingLine.builder()
                    .source(FundingSource.VILLAGE_FUND)
                    .fiscalYear(2026)
                    .allocation(new BigDecimal("900000000"))
                    .currency(idr)
                    .funder(DPMD)
                    .label("Dana Desa: pemberian makanan tambahan di desa lokus")
                    .build())
            .build(),
        commitment(
                "lu.rtl.02",
                3,
                "Sinkronisasi data seluruh OPD setiap bulan (satu data daerah)",
                KOMINFO,
                INTEGRATED_DATA,
                PriorityArea.INTEGRATED_DATA,
                start,
                endOf2026)
            .addSupporters(BAPPEDA)
            .addTargets(Target.of(SYNCED_AGENCIES, 40, endOf2026))
            .addMilestones(
                Milestone.of(
                    MilestoneId.of("forum-data"),
                    "Forum satu data daerah dibentuk",
                    LocalDate.of(2026, 2, 28)),
                Milestone.of(
                    MilestoneId.of("first-sync"),
                    "Data OPD pertama tersinkron",
                    LocalDate.of(2026, 3, 31)))
            .build(),
        commitment(
                "lu.rtl.03",
                5,
                "Menyusun rencana kontinjensi dan melatih aparatur desa",
                BPBD,
                DISASTER,
                PriorityArea.DISASTER_PREPAREDNESS,
                start,
                endOf2026)
            .addSupporters(POLRES, KODIM, DINSOS)
            .addTargets(Target.of(CONTINGENCY_PLANS, 60, endOf2026))
            .addMilestones(
                Milestone.of(
                    MilestoneId.of("renkon"),
                    "Rencana kontinjensi kabupaten disahkan",
                    LocalDate.of(2026, 4, 30)))
            .addFundingLines(
                FundingLine.of(
                    FundingSource.REGIONAL_BUDGET, 2026, new BigDecimal("750000000"), idr))
            .build(),
        commitment(
                "lu.rtl.04",
                2,
                "Perluasan akses air minum layak di desa terpencil",
                PERKIM,
                BASIC_SERVICES,
                PriorityArea.CLEAN_WATER,
                start,
                endOf2026)
            .addSupporters(PUPR)
            .scope(
                List.of(
                    kecamatan(KECAMATAN.indexOf("Abung Tinggi")),
                    kecamatan(KECAMATAN.indexOf("Sungkai Utara"))))
            .addTargets(Target.of(SAFE_WATER, 80.0, endOf2026))
            .addFundingLines(
                FundingLine.of(
                    FundingSource.SPECIAL_ALLOCATION, 2026, new BigDecimal("4200000000"), idr))
            .build(),
        commitment(
                "lu.rtl.05",
                2,
                "Pemerataan akses pendidikan dasar di desa terpencil",
                DISDIK,
                BASIC_SERVICES,
                PriorityArea.EDUCATION,
                start,
                endOf2026)
            .addTargets(Target.of(SCHOOL_PARTICIPATION, 97.0, endOf2026))
            .build(),
        commitment(
                "lu.rtl.06",
                6,
                "Patroli bersama TNI-Polri menjaga kondusivitas wilayah",
                POLRES,
                SECURITY,
                PriorityArea.SECURITY_AND_ORDER,
                start,
                LocalDate.of(2026, 6, 30))
            .addSupporters(KODIM)
            .addMilestones(
                Milestone.of(
                    MilestoneId.of("patroli-q1"),
                    "Patroli terpadu triwulan I",
                    LocalDate.of(2026, 3, 31)),
                Milestone.of(
                    MilestoneId.of("patroli-q2"),
                    "Patroli terpadu triwulan II",
                    LocalDate.of(2026, 6, 30)))
            .build(),
        commitment(
                "lu.rtl.07",
                7,
                "Penguatan Koperasi Desa/Kelurahan Merah Putih",
                DISKOPUKM,
                BASIC_SERVICES,
                PriorityArea.LOCAL_ECONOMY,
                start,
                endOf2026)
            .addSupporters(DPMD)
            .addMilestones(
                Milestone.of(
                    MilestoneId.of("pendampingan"),
                    "Pendampingan pengurus koperasi di 23 kecamatan",
                    LocalDate.of(2026, 9, 30)))
            .build());
  }

  private static io.rakor.core.commitments.Commitment.Builder commitment(
      String id,
      int agendaPosition,
      String action,
      UnitId lead,
      PriorityId priority,
      PriorityArea area,
      LocalDate start,
      LocalDate due) {
    return Commitment.builder()
        .id(CommitmentId.of(id))
        .originMeeting(RAKOR)
        .agendaPosition(agendaPosition)
        .action(action)
        .lead(lead)
        .priority(priority)
        .area(area)
        .addScope(LAMPUNG_UTARA)
        .start(start)
        .due(due)
        .status(CommitmentStatus.AGREED);
  }
}
