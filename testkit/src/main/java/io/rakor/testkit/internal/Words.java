package io.rakor.testkit.internal;

import io.rakor.core.indicators.Direction;
import io.rakor.core.meetings.ObstacleCategory;
import io.rakor.core.priorities.PriorityArea;
import java.util.List;

/**
 * Realistic Indonesian words for generated data: provinces, kecamatan and village names, regional
 * agencies, person names and titles, indicators, priorities, actions and obstacles. Not API.
 */
public final class Words {
  private Words() {}

  /**
   * A province: its two-digit code, its name, and the time zone of its capital.
   *
   * @param code the kode wilayah of the province
   * @param name the province's name
   * @param zone the zone id
   */
  public record Province(String code, String name, String zone) {}

  /**
   * A regional agency (OPD): full name stem and short name.
   *
   * @param name the full name, without the regency
   * @param shortName the acronym it is known by
   */
  public record Agency(String name, String shortName) {}

  /**
   * An indicator template.
   *
   * @param name the indicator's name
   * @param unitOfMeasure its unit of measure
   * @param direction which way is better
   * @param area the priority area it belongs to
   */
  public record IndicatorTemplate(
      String name, String unitOfMeasure, Direction direction, PriorityArea area) {}

  /**
   * A priority template.
   *
   * @param title the priority's title
   * @param area its area
   */
  public record PriorityTemplate(String title, PriorityArea area) {}

  /**
   * An obstacle template.
   *
   * @param category the obstacle's category
   * @param description what stands in the way
   */
  public record ObstacleTemplate(ObstacleCategory category, String description) {}

  /** Provinces of Indonesia with their codes and zones. */
  public static final List<Province> PROVINCES =
      List.of(
          new Province("11", "Aceh", "Asia/Jakarta"),
          new Province("12", "Sumatera Utara", "Asia/Jakarta"),
          new Province("13", "Sumatera Barat", "Asia/Jakarta"),
          new Province("14", "Riau", "Asia/Jakarta"),
          new Province("15", "Jambi", "Asia/Jakarta"),
          new Province("16", "Sumatera Selatan", "Asia/Jakarta"),
          new Province("17", "Bengkulu", "Asia/Jakarta"),
          new Province("18", "Lampung", "Asia/Jakarta"),
          new Province("19", "Kepulauan Bangka Belitung", "Asia/Jakarta"),
          new Province("21", "Kepulauan Riau", "Asia/Jakarta"),
          new Province("31", "DKI Jakarta", "Asia/Jakarta"),
          new Province("32", "Jawa Barat", "Asia/Jakarta"),
          new Province("33", "Jawa Tengah", "Asia/Jakarta"),
          new Province("34", "DI Yogyakarta", "Asia/Jakarta"),
          new Province("35", "Jawa Timur", "Asia/Jakarta"),
          new Province("36", "Banten", "Asia/Jakarta"),
          new Province("51", "Bali", "Asia/Makassar"),
          new Province("52", "Nusa Tenggara Barat", "Asia/Makassar"),
          new Province("53", "Nusa Tenggara Timur", "Asia/Makassar"),
          new Province("61", "Kalimantan Barat", "Asia/Jakarta"),
          new Province("62", "Kalimantan Tengah", "Asia/Jakarta"),
          new Province("63", "Kalimantan Selatan", "Asia/Makassar"),
          new Province("64", "Kalimantan Timur", "Asia/Makassar"),
          new Province("65", "Kalimantan Utara", "Asia/Makassar"),
          new Province("71", "Sulawesi Utara", "Asia/Makassar"),
          new Province("72", "Sulawesi Tengah", "Asia/Makassar"),
          new Province("73", "Sulawesi Selatan", "Asia/Makassar"),
          new Province("74", "Sulawesi Tenggara", "Asia/Makassar"),
          new Province("75", "Gorontalo", "Asia/Makassar"),
          new Province("76", "Sulawesi Barat", "Asia/Makassar"),
          new Province("81", "Maluku", "Asia/Jayapura"),
          new Province("82", "Maluku Utara", "Asia/Jayapura"),
          new Province("91", "Papua", "Asia/Jayapura"),
          new Province("92", "Papua Barat", "Asia/Jayapura"));

  /** Regency names (a few real ones of Lampung and elsewhere). */
  public static final List<String> REGENCIES =
      List.of(
          "Lampung Utara",
          "Lampung Barat",
          "Tanggamus",
          "Lampung Selatan",
          "Lampung Timur",
          "Lampung Tengah",
          "Way Kanan",
          "Tulang Bawang",
          "Pesawaran",
          "Pringsewu",
          "Mesuji",
          "Pesisir Barat",
          "Sleman",
          "Bantul",
          "Gowa",
          "Jayawijaya",
          "Sumba Timur",
          "Kutai Kartanegara",
          "Banyumas",
          "Tapanuli Utara");

  /** The 23 kecamatan of Lampung Utara. */
  public static final List<String> SUB_DISTRICTS =
      List.of(
          "Kotabumi",
          "Kotabumi Utara",
          "Kotabumi Selatan",
          "Abung Selatan",
          "Abung Barat",
          "Abung Timur",
          "Abung Tinggi",
          "Abung Semuli",
          "Abung Surakarta",
          "Abung Pekurun",
          "Abung Kunang",
          "Abung Tengah",
          "Bukit Kemuning",
          "Tanjung Raja",
          "Sungkai Utara",
          "Sungkai Selatan",
          "Sungkai Jaya",
          "Sungkai Tengah",
          "Sungkai Barat",
          "Hulu Sungkai",
          "Muara Sungkai",
          "Bunga Mayang",
          "Blambangan Pagar");

  /** Village names. */
  public static final List<String> VILLAGES =
      List.of(
          "Madukoro",
          "Sindang Sari",
          "Cempaka",
          "Kali Cinta",
          "Talang Jali",
          "Sawo Jajar",
          "Tanjung Aman",
          "Gapura",
          "Kelapa Tujuh",
          "Rejosari",
          "Sumber Agung",
          "Mulang Maya",
          "Wonomarto",
          "Candimas",
          "Bumi Ratu",
          "Tanjung Harapan",
          "Suka Maju",
          "Margorejo",
          "Sidomulyo",
          "Karang Rejo",
          "Penagan Ratu",
          "Ogan Lima",
          "Way Lunik",
          "Kembang Tanjung");

  /** Regional agencies (OPD) and their short names. */
  public static final List<Agency> AGENCIES =
      List.of(
          new Agency("Dinas Kesehatan", "Dinkes"),
          new Agency("Dinas Pendidikan dan Kebudayaan", "Disdikbud"),
          new Agency("Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR"),
          new Agency("Badan Penanggulangan Bencana Daerah", "BPBD"),
          new Agency("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
          new Agency("Dinas Komunikasi dan Informatika", "Diskominfo"),
          new Agency("Dinas Sosial", "Dinsos"),
          new Agency("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD"),
          new Agency("Dinas Lingkungan Hidup", "DLH"),
          new Agency("Dinas Pertanian", "Distan"),
          new Agency("Dinas Perumahan dan Kawasan Permukiman", "Disperkim"),
          new Agency("Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB"),
          new Agency("Dinas Koperasi dan Usaha Kecil Menengah", "Diskop UKM"),
          new Agency("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"),
          new Agency("Dinas Ketahanan Pangan", "DKP"),
          new Agency("Satuan Polisi Pamong Praja", "Satpol PP"),
          new Agency("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"),
          new Agency("Inspektorat Daerah", "Inspektorat"),
          new Agency("Dinas Perhubungan", "Dishub"),
          new Agency("Dinas Perikanan", "Diskan"),
          new Agency("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DPPPA"),
          new Agency("Badan Kesatuan Bangsa dan Politik", "Kesbangpol"));

  /** Given names. */
  public static final List<String> GIVEN_NAMES =
      List.of(
          "Hamartoni",
          "Budi",
          "Siti",
          "Agus",
          "Dewi",
          "Sri",
          "Made",
          "Wayan",
          "Yohanes",
          "Muhammad",
          "Nur",
          "Putu",
          "Rini",
          "Andi",
          "Rahmat",
          "Yuliana",
          "Bambang",
          "Fitri",
          "Ketut",
          "Maria",
          "Hendra",
          "Ayu",
          "Slamet",
          "Lukas");

  /** Family or second names. */
  public static final List<String> FAMILY_NAMES =
      List.of(
          "Ahadis",
          "Santoso",
          "Rahayu",
          "Saputra",
          "Lestari",
          "Wijaya",
          "Hidayat",
          "Siregar",
          "Nasution",
          "Manurung",
          "Pattiasina",
          "Kurniawan",
          "Susanti",
          "Setiawan",
          "Wenda",
          "Daeng",
          "Simanjuntak",
          "Pratama",
          "Handayani",
          "Mahendra");

  /** Titles written before a name. */
  public static final List<String> TITLES_BEFORE =
      List.of("Dr.", "Ir.", "Drs.", "Dra.", "H.", "Hj.", "Prof.", "dr.", "K.H.");

  /** Titles written after a name. */
  public static final List<String> TITLES_AFTER =
      List.of(
          "M.Si.", "S.H.", "M.H.", "M.M.", "S.Kom.", "M.Kes.", "S.E.", "M.Pd.", "S.Sos.", "M.T.",
          "S.T.", "Ph.D.", "S.Pd.", "M.A.P.", "S.IP.");

  /** Meeting venues. */
  public static final List<String> VENUES =
      List.of(
          "Gedung Pusiban",
          "Aula Bappeda",
          "Ruang Rapat Bupati",
          "Balai Desa",
          "Aula Kantor Camat",
          "Pendopo Kabupaten",
          "Ruang Siger");

  /** Indicator templates. */
  public static final List<IndicatorTemplate> INDICATORS =
      List.of(
          new IndicatorTemplate(
              "Prevalensi stunting balita", "%", Direction.LOWER_IS_BETTER, PriorityArea.STUNTING),
          new IndicatorTemplate(
              "Balita gizi buruk", "anak", Direction.LOWER_IS_BETTER, PriorityArea.STUNTING),
          new IndicatorTemplate(
              "Ibu hamil kurang energi kronis",
              "%",
              Direction.LOWER_IS_BETTER,
              PriorityArea.HEALTH),
          new IndicatorTemplate(
              "Puskesmas terakreditasi", "unit", Direction.HIGHER_IS_BETTER, PriorityArea.HEALTH),
          new IndicatorTemplate(
              "Angka partisipasi murni SD",
              "%",
              Direction.HIGHER_IS_BETTER,
              PriorityArea.EDUCATION),
          new IndicatorTemplate(
              "Rumah tangga dengan akses air minum layak",
              "% rumah tangga",
              Direction.HIGHER_IS_BETTER,
              PriorityArea.CLEAN_WATER),
          new IndicatorTemplate(
              "Rumah tangga dengan sanitasi layak",
              "% rumah tangga",
              Direction.HIGHER_IS_BETTER,
              PriorityArea.SANITATION),
          new IndicatorTemplate(
              "Jalan kabupaten dalam kondisi mantap",
              "km",
              Direction.HIGHER_IS_BETTER,
              PriorityArea.BASIC_INFRASTRUCTURE),
          new IndicatorTemplate(
              "Dataset OPD terintegrasi Satu Data",
              "dataset",
              Direction.HIGHER_IS_BETTER,
              PriorityArea.INTEGRATED_DATA),
          new IndicatorTemplate(
              "Desa dengan rencana kontinjensi bencana",
              "desa",
              Direction.HIGHER_IS_BETTER,
              PriorityArea.DISASTER_PREPAREDNESS),
          new IndicatorTemplate(
              "Kejadian gangguan keamanan dan ketertiban",
              "kasus",
              Direction.LOWER_IS_BETTER,
              PriorityArea.SECURITY_AND_ORDER),
          new IndicatorTemplate(
              "Koperasi desa aktif",
              "koperasi",
              Direction.HIGHER_IS_BETTER,
              PriorityArea.LOCAL_ECONOMY));

  /** Priority templates (isu prioritas). */
  public static final List<PriorityTemplate> PRIORITIES =
      List.of(
          new PriorityTemplate("Layanan dasar: pendidikan", PriorityArea.EDUCATION),
          new PriorityTemplate("Layanan dasar: kesehatan", PriorityArea.HEALTH),
          new PriorityTemplate("Infrastruktur dasar", PriorityArea.BASIC_INFRASTRUCTURE),
          new PriorityTemplate("Air bersih", PriorityArea.CLEAN_WATER),
          new PriorityTemplate("Sanitasi", PriorityArea.SANITATION),
          new PriorityTemplate("Satu Data Daerah", PriorityArea.INTEGRATED_DATA),
          new PriorityTemplate("Percepatan penurunan stunting", PriorityArea.STUNTING),
          new PriorityTemplate("Kesiapsiagaan bencana", PriorityArea.DISASTER_PREPAREDNESS),
          new PriorityTemplate(
              "Keamanan, ketertiban dan stabilitas", PriorityArea.SECURITY_AND_ORDER),
          new PriorityTemplate("Ekonomi lokal dan koperasi desa", PriorityArea.LOCAL_ECONOMY));

  /** Follow-up actions (rencana tindak lanjut). */
  public static final List<String> ACTIONS =
      List.of(
          "Sinkronisasi data stunting antar OPD setiap bulan",
          "Pemberian makanan tambahan bagi balita di desa lokus",
          "Penyusunan rencana kontinjensi banjir",
          "Pembangunan sarana air bersih perdesaan",
          "Pelatihan kader posyandu",
          "Verifikasi data penerima bantuan sosial",
          "Patroli bersama TNI-Polri menjelang hari raya",
          "Simulasi evakuasi bencana di sekolah",
          "Perbaikan jalan poros desa",
          "Pendampingan Koperasi Desa Merah Putih",
          "Pembangunan jamban sehat keluarga",
          "Publikasi dataset sektoral di portal Satu Data",
          "Penambahan tenaga guru di sekolah terpencil",
          "Pemeriksaan ibu hamil oleh bidan desa");

  /** Achievements (capaian). */
  public static final List<String> ACHIEVEMENTS =
      List.of(
          "Cakupan imunisasi dasar lengkap mencapai 92 persen",
          "Sebanyak 14 desa telah menyusun rencana kontinjensi",
          "Data balita stunting telah diverifikasi di 10 kecamatan",
          "Jalan poros desa sepanjang 12 km telah diperbaiki",
          "Seluruh OPD telah menunjuk walidata");

  /** Plans (rencana tindak lanjut) as reported. */
  public static final List<String> PLANS =
      List.of(
          "Memperluas pemberian makanan tambahan ke desa lokus baru",
          "Menjadwalkan sinkronisasi data triwulanan",
          "Mengusulkan tambahan anggaran pada APBD perubahan",
          "Melaksanakan simulasi bencana di seluruh kecamatan");

  /** Obstacle templates (hambatan). */
  public static final List<ObstacleTemplate> OBSTACLES =
      List.of(
          new ObstacleTemplate(ObstacleCategory.BUDGET, "Keterbatasan anggaran daerah"),
          new ObstacleTemplate(
              ObstacleCategory.GEOGRAPHY, "Akses jalan ke desa terpencil rusak saat musim hujan"),
          new ObstacleTemplate(
              ObstacleCategory.HUMAN_RESOURCES, "Kurangnya tenaga kesehatan di puskesmas"),
          new ObstacleTemplate(ObstacleCategory.DATA, "Data antar OPD berbeda untuk hal yang sama"),
          new ObstacleTemplate(ObstacleCategory.REGULATION, "Petunjuk teknis belum terbit"),
          new ObstacleTemplate(
              ObstacleCategory.COORDINATION, "Program tumpang tindih antar sektor"),
          new ObstacleTemplate(
              ObstacleCategory.INFRASTRUCTURE, "Jaringan internet belum menjangkau desa"),
          new ObstacleTemplate(ObstacleCategory.SECURITY, "Konflik lahan di wilayah perbatasan"),
          new ObstacleTemplate(ObstacleCategory.OTHER, "Cuaca ekstrem"));
}
