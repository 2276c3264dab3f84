package io.rakor.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.RakorJson;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.MonitoringCycle;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.monitoring.ProgressReportId;
import io.rakor.examples.LampungUtara;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.jdbc.EmbeddedPostgresServer;
import io.rakor.persistence.service.CoordinationService;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The sample application on a random port, over real HTTP, on a real PostgreSQL (embedded): the
 * Lampung Utara rakor of 12 January 2026 recorded through the endpoints, work started and progress
 * reported on one commitment, then who is behind in February's monitoring cycle, and the health
 * endpoint with Rakor's indicator.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.main.banner-mode=off")
class RakorSampleApplicationTest {
  private static final LampungUtara RAKOR = LampungUtara.build();
  private static final MonitoringCycle FEBRUARY =
      MonitoringCycle.builder()
          .id(CycleId.of("lu.monev-2026-02"))
          .plan(RAKOR.monitoringPlan().id())
          .sequence(1)
          .periodStart(LocalDate.of(2026, 2, 1))
          .periodEnd(LocalDate.of(2026, 3, 1))
          .reportDue(ZonedDateTime.of(2026, 3, 11, 0, 0, 0, 0, LampungUtara.WIB))
          .build();
  private static final ObjectMapper JSON = RakorJson.mapper();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    try (Connection c = server.adminDataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE sample_app");
    }
    registry.add("spring.datasource.url", () -> server.jdbcUrl("sample_app"));
    registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
    registry.add("spring.datasource.password", () -> "");
  }

  /** "Now" is the day after February's reports were due: the application's own clock. */
  @TestConfiguration
  static class DayAfterTheReportsWereDue {
    @Bean
    Clock clock() {
      return Clock.fixed(FEBRUARY.reportDue().plusDays(1).toInstant(), LampungUtara.WIB);
    }
  }

  @LocalServerPort int port;
  @Autowired CoordinationService service;

  @Test
  void recordsTheRakorAndTellsWhoIsBehind() throws Exception {
    RestClient http = RestClient.create("http://localhost:" + port);
    String bappeda = RAKOR.monitoringPlan().owner().value();

    Map<String, List<?>> referenceData = new LinkedHashMap<>();
    referenceData.put(AggregateKind.JURISDICTION.name(), RAKOR.jurisdictions());
    referenceData.put(AggregateKind.UNIT.name(), List.copyOf(RAKOR.units().values()));
    referenceData.put(AggregateKind.FORUM.name(), List.of(RAKOR.forkopimda()));
    referenceData.put(AggregateKind.OFFICIAL.name(), List.of(RAKOR.bupati()));
    referenceData.put(AggregateKind.INDICATOR.name(), RAKOR.indicators());
    referenceData.put(AggregateKind.LEGAL_INSTRUMENT.name(), RAKOR.legalInstruments());
    assertThat(post(http, "/reference-data", bappeda, body(referenceData)).get("created").asInt())
        .isEqualTo(
            RAKOR.jurisdictions().size()
                + RAKOR.units().size()
                + 2
                + RAKOR.indicators().size()
                + RAKOR.legalInstruments().size());

    // The same again: refused, since the ids exist, and nothing is written.
    assertThatThrownBy(() -> post(http, "/reference-data", bappeda, body(referenceData)))
        .isInstanceOf(HttpClientErrorException.BadRequest.class);

    Map<String, List<?>> minutes = new LinkedHashMap<>();
    minutes.put(AggregateKind.PRIORITY.name(), RAKOR.priorities());
    minutes.put(AggregateKind.MEETING.name(), List.of(RAKOR.meeting()));
    minutes.put(AggregateKind.COMMITMENT.name(), RAKOR.commitments());
    assertThat(post(http, "/meetings", bappeda, body(minutes)).get("recorded").asInt())
        .isEqualTo(RAKOR.priorities().size() + 1 + RAKOR.commitments().size());

    Map<String, List<?>> monitoring = new LinkedHashMap<>();
    monitoring.put(AggregateKind.MONITORING_PLAN.name(), List.of(RAKOR.monitoringPlan()));
    monitoring.put(AggregateKind.MONITORING_CYCLE.name(), List.of(FEBRUARY));
    post(http, "/reference-data", bappeda, body(monitoring));

    Commitment first = RAKOR.commitments().get(0);
    String lead = first.lead().value();
    assertThat(
            post(http, "/commitments/" + first.id().value() + "/start", lead, "{}")
                .get("applied")
                .asBoolean())
        .isTrue();
    ProgressReport report =
        ProgressReport.builder()
            .id(ProgressReportId.of("lu.lap-1"))
            .commitment(first.id())
            .cycle(FEBRUARY.id())
            .reportingUnit(first.lead())
            .submittedAt(FEBRUARY.reportDue().minusDays(2).toInstant())
            .progressPercent(20)
            .narrative("Laporan kemajuan bulan Februari 2026")
            .build();
    JsonNode reported =
        post(
            http,
            "/commitments/" + first.id().value() + "/progress",
            lead,
            RakorJson.write(report));
    assertThat(reported.get("applied").asBoolean()).isTrue();
    assertThat(reported.get("version").asLong()).isEqualTo(3);

    JsonNode behind =
        JSON.readTree(
            http.get()
                .uri("/cycles/" + FEBRUARY.id().value() + "/behind")
                .retrieve()
                .body(String.class));
    List<String> behindIds = new ArrayList<>();
    behind.forEach(b -> behindIds.add(b.get("commitment").asText()));
    List<String> expected =
        service.assessHealth(FEBRUARY.id()).escalations().stream()
            .map(a -> a.commitment().value())
            .toList();
    assertThat(behindIds).isNotEmpty().isEqualTo(expected).doesNotContain(first.id().value());
    assertThat(behind.get(0).get("lead").asText()).isNotBlank();
    assertThat(behind.get(0).get("health").asText()).isNotBlank();

    JsonNode health =
        JSON.readTree(http.get().uri("/actuator/health").retrieve().body(String.class));
    assertThat(health.get("status").asText()).isEqualTo("UP");
    JsonNode rakor = health.get("components").get("rakor");
    assertThat(rakor.get("status").asText()).isEqualTo("UP");
    assertThat(rakor.get("details").get("store").asText()).isEqualTo("JdbcStore[POSTGRESQL]");
    assertThat(rakor.get("details").get("verification").get("intact").asBoolean()).isTrue();
  }

  private static String body(Map<String, List<?>> valuesByKind) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    valuesByKind.forEach(
        (kind, values) -> {
          var array = body.putArray(kind);
          for (Object value : values) {
            try {
              array.add(JSON.readTree(RakorJson.write(value)));
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
        });
    return JSON.writeValueAsString(body);
  }

  private static JsonNode post(RestClient http, String path, String unit, String body)
      throws Exception {
    String response =
        http.post()
            .uri(path)
            .header(RecordsController.ACTOR, unit)
            .contentType(MediaType.APPLICATION_JSON)
            .body(body)
            .retrieve()
            .body(String.class);
    return JSON.readTree(response);
  }
}
