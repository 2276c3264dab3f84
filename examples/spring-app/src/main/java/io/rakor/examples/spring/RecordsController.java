package io.rakor.examples.spring;

import io.rakor.core.RakorValidationException;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.lifecycle.CommitmentCommand;
import io.rakor.core.monitoring.CommitmentAssessment;
import io.rakor.core.monitoring.CycleId;
import io.rakor.core.monitoring.ProgressReport;
import io.rakor.core.units.UnitId;
import io.rakor.core.workflow.Actor;
import io.rakor.core.workflow.CommandRejectedException;
import io.rakor.core.workflow.Role;
import io.rakor.persistence.AggregateExistsException;
import io.rakor.persistence.AggregateKind;
import io.rakor.persistence.AggregateNotFoundException;
import io.rakor.persistence.MissingReferenceException;
import io.rakor.persistence.Versioned;
import io.rakor.persistence.service.Batch;
import io.rakor.persistence.service.CommandResult;
import io.rakor.persistence.service.CoordinationService;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST endpoints. Requests carry Rakor's own JSON format ({@code docs/json-format.md}), which
 * Spring Boot's Jackson 3 mapper reads once the starter has registered Rakor's module on it; the
 * acting unit is named by the {@value #ACTOR} header. Every write goes through the {@link
 * CoordinationService}, so it is checked, permitted by the policy and logged.
 */
@RestController
public class RecordsController {
  /** The header that names the unit acting (a unit id, such as {@code lu.bappeda}). */
  public static final String ACTOR = "Rakor-Unit";

  /** Why a meeting's records are imported rather than created, as the event log keeps it. */
  public static final String RECORDED_FROM_MINUTES = "recorded from the meeting's minutes";

  // tag::service[]
  private final CoordinationService service; // auto-configured by the starter
  private final JsonMapper json;

  /**
   * The controller over the auto-configured service.
   *
   * @param service the service
   * @param json Spring Boot's mapper, with Rakor's module
   */
  public RecordsController(CoordinationService service, JsonMapper json) {
    this.service = service;
    this.json = json;
  }

  // end::service[]

  /**
   * Creates reference data (jurisdictions, units, forums, officials, indicators, legal instruments,
   * monitoring plans and cycles): an object whose field names are aggregate kinds ({@code
   * "jurisdiction"}, {@code "unit"}, ...) and whose values are arrays of them.
   *
   * @param unit the secretariat's unit
   * @param body the values by kind
   * @return how many were created
   */
  @PostMapping("/reference-data")
  public Map<String, Integer> createReferenceData(
      @RequestHeader(ACTOR) String unit, @RequestBody String body) {
    Batch batch = batch(body);
    service.createAll(batch, Actor.of(UnitId.of(unit), Role.SECRETARIAT));
    return Map.of("created", batch.size());
  }

  /**
   * Records a meeting that was held, with the priorities it set and the commitments it agreed, as
   * its minutes give them: imported in the state the minutes record, with {@value
   * #RECORDED_FROM_MINUTES} as the reason. The body is like {@link #createReferenceData}'s, with
   * {@code "priority"}, {@code "meeting"} and {@code "commitment"}.
   *
   * @param unit the secretariat's unit
   * @param body the values by kind
   * @return how many were recorded
   */
  @PostMapping("/meetings")
  public Map<String, Integer> recordMeeting(
      @RequestHeader(ACTOR) String unit, @RequestBody String body) {
    Batch batch = batch(body);
    service.importAll(batch, Actor.of(UnitId.of(unit), Role.SECRETARIAT), RECORDED_FROM_MINUTES);
    return Map.of("recorded", batch.size());
  }

  /**
   * The lead unit starts work on a commitment.
   *
   * @param unit the lead unit
   * @param id the commitment
   * @return the outcome
   */
  @PostMapping("/commitments/{id}/start")
  public ResponseEntity<Map<String, Object>> startWork(
      @RequestHeader(ACTOR) String unit, @PathVariable String id) {
    return outcome(
        service.execute(
            CommitmentId.of(id),
            CommitmentCommand.startWork(),
            Actor.of(UnitId.of(unit), Role.LEAD_UNIT)));
  }

  /**
   * The lead unit reports progress on a commitment for a monitoring cycle.
   *
   * @param unit the reporting unit
   * @param id the commitment
   * @param report the progress report, in Rakor's JSON
   * @return the outcome
   */
  // tag::progress[]
  @PostMapping("/commitments/{id}/progress")
  public ResponseEntity<Map<String, Object>> reportProgress(
      @RequestHeader(ACTOR) String unit,
      @PathVariable String id,
      @RequestBody ProgressReport report) {
    return outcome(
        service.execute(
            CommitmentId.of(id),
            CommitmentCommand.reportProgress(report),
            Actor.of(UnitId.of(unit), Role.LEAD_UNIT)));
  }

  // end::progress[]

  /**
   * Who is behind in a monitoring cycle: the commitments the cycle's evaluation escalates, with
   * their lead unit and health.
   *
   * @param id the cycle
   * @return one entry per escalated commitment
   */
  @GetMapping("/cycles/{id}/behind")
  public List<Behind> behind(@PathVariable String id) {
    return service.assessHealth(CycleId.of(id)).escalations().stream().map(Behind::of).toList();
  }

  /**
   * One commitment that is behind.
   *
   * @param commitment its id
   * @param lead its lead unit
   * @param action what was committed
   * @param health its health in the cycle
   * @param due when it is due
   */
  public record Behind(String commitment, String lead, String action, String health, String due) {
    static Behind of(CommitmentAssessment a) {
      return new Behind(
          a.commitment().value(),
          a.lead().value(),
          a.action(),
          a.health().name(),
          a.due().toString());
    }
  }

  /**
   * A request Rakor refuses (a value that breaks its rules, an id that exists, a reference to
   * nothing, a command the policy does not allow) or that is not JSON: 400 with what was wrong.
   *
   * @param e the refusal
   * @return the problem
   */
  @ExceptionHandler({
    RakorValidationException.class,
    CommandRejectedException.class,
    AggregateExistsException.class,
    AggregateNotFoundException.class,
    MissingReferenceException.class,
    JacksonException.class
  })
  public ProblemDetail refused(Exception e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  private Batch batch(String body) {
    JsonNode root = json.readTree(body);
    Batch.Builder batch = Batch.builder();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      AggregateKind<?, ?> kind =
          AggregateKind.named(field.getKey())
              .orElseThrow(
                  () -> new IllegalArgumentException("no aggregate kind " + field.getKey()));
      add(batch, kind, field.getValue());
    }
    return batch.build();
  }

  private <T> void add(Batch.Builder batch, AggregateKind<T, ?> kind, JsonNode values) {
    for (JsonNode value : values) {
      batch.add(kind, json.treeToValue(value, kind.valueType()));
    }
  }

  private static ResponseEntity<Map<String, Object>> outcome(CommandResult<?> result) {
    if (result instanceof CommandResult.Applied<?> applied) {
      Versioned<?> value = applied.value();
      return ResponseEntity.ok(Map.of("applied", true, "version", value.version()));
    }
    if (result instanceof CommandResult.Rejected<?> rejected) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(
              Map.of(
                  "applied", false,
                  "rule", rejected.rejection().rule(),
                  "explanation", rejected.rejection().explanation()));
    }
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(Map.of("applied", false, "conflict", result.toString()));
  }
}
