package io.rakor.benchmarks.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import io.rakor.core.commitments.BudgetCode;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.FundingLine;
import io.rakor.core.commitments.FundingSource;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Disaggregation;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.json.RakorJson;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.plans.LegalInstrumentId;
import io.rakor.core.plans.PlanReference;
import io.rakor.core.plans.PlanningDocument;
import io.rakor.core.priorities.PriorityArea;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-written Jackson streaming codec for a list document of commitments: the baseline that
 * {@code RakorJson} is measured against. It writes exactly the text {@code
 * RakorJson.writeListDocument(commitments, Commitment.class)} writes, and reads it back by building
 * each commitment through its builder, so both sides do the same validation work; it has none of
 * RakorJson's error paths, generality or limits. Thread-safe.
 */
public final class CommitmentCodec {
  private final JsonFactory factory = new JsonFactory();

  /**
   * Writes commitments as a list document {@code {"schemaVersion":2,"type":"commitment[]",...}}.
   *
   * @param commitments the commitments
   * @return the JSON text
   */
  public String encode(List<Commitment> commitments) {
    StringWriter out = new StringWriter(commitments.size() * 700);
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", RakorJson.SCHEMA_VERSION);
      g.writeStringField("type", "commitment[]");
      g.writeFieldName("data");
      g.writeStartArray();
      for (Commitment c : commitments) {
        write(g, c);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Commitment c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id().value());
    g.writeStringField("originMeeting", c.originMeeting().value());
    if (c.agendaPosition().isPresent()) {
      g.writeNumberField("agendaPosition", c.agendaPosition().get());
    }
    g.writeStringField("action", c.action());
    g.writeStringField("lead", c.lead().value());
    g.writeArrayFieldStart("supporters");
    for (UnitId u : c.supporters()) {
      g.writeString(u.value());
    }
    g.writeEndArray();
    g.writeStringField("priority", c.priority().value());
    g.writeStringField("area", c.area().code());
    g.writeArrayFieldStart("scope");
    for (JurisdictionCode j : c.scope()) {
      g.writeString(j.value());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("targets");
    for (Target t : c.targets()) {
      g.writeStartObject();
      g.writeStringField("indicator", t.indicator().value());
      g.writeNumberField("value", t.value());
      g.writeStringField("by", t.by().toString());
      if (t.start().isPresent()) {
        g.writeStringField("start", t.start().get().toString());
      }
      g.writeObjectFieldStart("disaggregation");
      for (Map.Entry<String, String> e : t.disaggregation().categories().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("milestones");
    for (Milestone m : c.milestones()) {
      g.writeStartObject();
      g.writeStringField("id", m.id().value());
      g.writeStringField("description", m.description());
      g.writeStringField("due", m.due().toString());
      if (m.start().isPresent()) {
        g.writeStringField("start", m.start().get().toString());
      }
      if (m.place().isPresent()) {
        g.writeStringField("place", m.place().get().value());
      }
      if (m.responsible().isPresent()) {
        g.writeStringField("responsible", m.responsible().get().value());
      }
      if (m.fulfilledBy().isPresent()) {
        g.writeStringField("fulfilledBy", m.fulfilledBy().get().value());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("start", c.start().toString());
    g.writeStringField("due", c.due().toString());
    g.writeArrayFieldStart("fundingLines");
    for (FundingLine f : c.fundingLines()) {
      g.writeStartObject();
      g.writeStringField("source", f.source().name());
      g.writeNumberField("fiscalYear", f.fiscalYear());
      g.writeFieldName("allocation");
      g.writeNumber(f.allocation().toPlainString());
      g.writeStringField("currency", f.currency().getCurrencyCode());
      if (f.code().isPresent()) {
        g.writeStringField("code", f.code().get().value());
      }
      if (f.funder().isPresent()) {
        g.writeStringField("funder", f.funder().get().value());
      }
      if (f.label().isPresent()) {
        g.writeStringField("label", f.label().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (c.parent().isPresent()) {
      g.writeStringField("parent", c.parent().get().value());
    }
    g.writeNumberField("weight", c.weight());
    g.writeStringField("status", c.status().name());
    if (c.statusReason().isPresent()) {
      g.writeStringField("statusReason", c.statusReason().get());
    }
    if (c.successor().isPresent()) {
      g.writeStringField("successor", c.successor().get().value());
    }
    writeIds(g, "coLeads", c.coLeads());
    writeIds(g, "partners", c.partners());
    g.writeArrayFieldStart("planReferences");
    for (PlanReference r : c.planReferences()) {
      g.writeStartObject();
      g.writeStringField("document", r.document().name());
      g.writeStringField("title", r.title());
      if (r.firstYear().isPresent()) {
        g.writeNumberField("firstYear", r.firstYear().get());
      }
      if (r.lastYear().isPresent()) {
        g.writeNumberField("lastYear", r.lastYear().get());
      }
      writeOptional(g, "goal", r.goal());
      writeOptional(g, "target", r.target());
      writeOptional(g, "keyIndicator", r.keyIndicator());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("legalBasis");
    for (LegalInstrumentId id : c.legalBasis()) {
      g.writeString(id.value());
    }
    g.writeEndArray();
    if (c.output().isPresent()) {
      g.writeStringField("output", c.output().get().value());
    }
    g.writeEndObject();
  }

  private static void writeIds(JsonGenerator g, String field, List<UnitId> ids) throws IOException {
    g.writeArrayFieldStart(field);
    for (UnitId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  private static void writeOptional(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  /**
   * Reads a list document of commitments such as {@link #encode(List)} writes.
   *
   * @param json the JSON text
   * @return the commitments
   * @throws IllegalArgumentException if the text is not such a document
   * @throws io.rakor.core.RakorValidationException if a commitment breaks an invariant
   */
  public ImmutableList<Commitment> decode(String json) {
    try (JsonParser p = factory.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      field(p, "schemaVersion");
      expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
      if (p.getIntValue() != RakorJson.SCHEMA_VERSION) {
        throw new IllegalArgumentException("schemaVersion " + p.getIntValue());
      }
      field(p, "type");
      if (!"commitment[]".equals(p.nextTextValue())) {
        throw new IllegalArgumentException("type " + p.getText());
      }
      field(p, "data");
      expect(p.nextToken(), JsonToken.START_ARRAY);
      ImmutableList.Builder<Commitment> commitments = ImmutableList.builder();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        commitments.add(readCommitment(p));
      }
      expect(p.currentToken(), JsonToken.END_ARRAY);
      expect(p.nextToken(), JsonToken.END_OBJECT);
      expect(p.nextToken(), null);
      return commitments.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Commitment readCommitment(JsonParser p) throws IOException {
    Commitment.Builder b = Commitment.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "id" -> b.id(CommitmentId.of(p.nextTextValue()));
        case "originMeeting" -> b.originMeeting(MeetingId.of(p.nextTextValue()));
        case "agendaPosition" -> {
          expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
          b.agendaPosition(p.getIntValue());
        }
        case "action" -> b.action(text(p));
        case "lead" -> b.lead(UnitId.of(p.nextTextValue()));
        case "supporters" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addSupporter(UnitId.of(p.getText()));
          }
        }
        case "priority" -> b.priority(PriorityId.of(p.nextTextValue()));
        case "area" -> b.area(PriorityArea.of(p.nextTextValue()));
        case "scope" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addScope(JurisdictionCode.of(p.getText()));
          }
        }
        case "targets" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addTarget(readTarget(p));
          }
        }
        case "milestones" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addMilestone(readMilestone(p));
          }
        }
        case "start" -> b.start(LocalDate.parse(p.nextTextValue()));
        case "due" -> b.due(LocalDate.parse(p.nextTextValue()));
        case "fundingLines" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addFundingLines(readFundingLine(p));
          }
        }
        case "parent" -> b.parent(CommitmentId.of(p.nextTextValue()));
        case "weight" -> {
          p.nextToken();
          b.weight(p.getDoubleValue());
        }
        case "status" -> b.status(CommitmentStatus.valueOf(p.nextTextValue()));
        case "statusReason" -> b.statusReason(p.nextTextValue());
        case "successor" -> b.successor(CommitmentId.of(p.nextTextValue()));
        case "coLeads" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addCoLeads(UnitId.of(p.getText()));
          }
        }
        case "partners" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addPartners(UnitId.of(p.getText()));
          }
        }
        case "planReferences" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            b.addPlanReferences(readPlanReference(p));
          }
        }
        case "legalBasis" -> {
          expect(p.nextToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            b.addLegalBasis(LegalInstrumentId.of(p.getText()));
          }
        }
        case "output" -> b.output(LegalInstrumentId.of(p.nextTextValue()));
        default -> throw new IllegalArgumentException("unknown field " + name);
      }
    }
    expect(p.currentToken(), JsonToken.END_OBJECT);
    return b.build();
  }

  private static PlanReference readPlanReference(JsonParser p) throws IOException {
    PlanReference.Builder b = PlanReference.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "document" -> b.document(PlanningDocument.valueOf(p.nextTextValue()));
        case "title" -> b.title(text(p));
        case "firstYear" -> b.firstYear(p.nextIntValue(0));
        case "lastYear" -> b.lastYear(p.nextIntValue(0));
        case "goal" -> b.goal(text(p));
        case "target" -> b.target(text(p));
        case "keyIndicator" -> b.keyIndicator(text(p));
        default -> throw new IllegalArgumentException("unknown field " + name);
      }
    }
    return b.build();
  }

  private static Target readTarget(JsonParser p) throws IOException {
    IndicatorId indicator = null;
    double value = Double.NaN;
    LocalDate by = null;
    LocalDate start = null;
    Disaggregation disaggregation = Disaggregation.TOTAL;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "indicator" -> indicator = IndicatorId.of(p.nextTextValue());
        case "value" -> {
          p.nextToken();
          value = p.getDoubleValue();
        }
        case "by" -> by = LocalDate.parse(p.nextTextValue());
        case "start" -> start = LocalDate.parse(p.nextTextValue());
        case "disaggregation" -> {
          expect(p.nextToken(), JsonToken.START_OBJECT);
          Map<String, String> categories = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String dimension = p.currentName();
            categories.put(dimension, text(p));
          }
          disaggregation = Disaggregation.of(categories);
        }
        default -> throw new IllegalArgumentException("unknown field " + name);
      }
    }
    Target target = Target.of(indicator, value, by).withDisaggregation(disaggregation);
    return start == null ? target : target.withStart(start);
  }

  private static Milestone readMilestone(JsonParser p) throws IOException {
    MilestoneId id = null;
    String description = null;
    LocalDate due = null;
    Milestone.Builder b = Milestone.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "id" -> id = MilestoneId.of(p.nextTextValue());
        case "description" -> description = text(p);
        case "due" -> due = LocalDate.parse(p.nextTextValue());
        case "start" -> b.start(LocalDate.parse(p.nextTextValue()));
        case "place" -> b.place(JurisdictionCode.of(p.nextTextValue()));
        case "responsible" -> b.responsible(UnitId.of(p.nextTextValue()));
        case "fulfilledBy" -> b.fulfilledBy(MeetingId.of(p.nextTextValue()));
        default -> throw new IllegalArgumentException("unknown field " + name);
      }
    }
    return b.id(id).description(description).due(due).build();
  }

  private static FundingLine readFundingLine(JsonParser p) throws IOException {
    FundingLine.Builder b = FundingLine.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      switch (name) {
        case "source" -> b.source(FundingSource.valueOf(p.nextTextValue()));
        case "fiscalYear" -> b.fiscalYear(p.nextIntValue(0));
        case "allocation" -> {
          p.nextToken();
          b.allocation(p.getDecimalValue());
        }
        case "currency" -> b.currency(Currency.getInstance(p.nextTextValue()));
        case "code" -> b.code(BudgetCode.of(p.nextTextValue()));
        case "funder" -> b.funder(UnitId.of(p.nextTextValue()));
        case "label" -> b.label(text(p));
        default -> throw new IllegalArgumentException("unknown field " + name);
      }
    }
    return b.build();
  }

  private static String text(JsonParser p) throws IOException {
    String text = p.nextTextValue();
    if (text == null) {
      throw new IllegalArgumentException("expected a string, found " + p.currentToken());
    }
    return text;
  }

  private static void field(JsonParser p, String name) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
      throw new IllegalArgumentException("expected field " + name + ", found " + p.currentToken());
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalArgumentException("expected " + expected + ", found " + actual);
    }
  }
}
