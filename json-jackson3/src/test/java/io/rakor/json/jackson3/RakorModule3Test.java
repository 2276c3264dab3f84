package io.rakor.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rakor.core.commitments.Commitment;
import io.rakor.core.json.JsonCorpus;
import io.rakor.core.json.RakorJson;
import io.rakor.core.json.RakorJsonException;
import io.rakor.core.json.RakorModule;
import io.rakor.core.meetings.Meeting;
import io.rakor.core.values.Limits;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** RakorModule3 on a mapper of one's own, and what only RakorJson3's mapper has. */
class RakorModule3Test {
  private static final String COMMITMENT = RakorJson.write(golden("commitment"));

  private static Object golden(String name) {
    return RakorJson.readDocument(JsonCorpus.golden(name), RakorJson.documentTypes().get(name));
  }

  @Test
  void usage() {
    byte[] json = JsonCorpus.golden("commitment");
    // tag::jackson3[]
    // The entry point: the same methods as RakorJson, the same documents, limits and errors.
    Commitment commitment = RakorJson3.readDocument(json, Commitment.class);
    byte[] written = RakorJson3.writeDocumentAsBytes(commitment); // what RakorJson writes

    // A Jackson 3 mapper of your own, such as Spring Boot 4's: register the module.
    JsonMapper mapper = JsonMapper.builder().addModule(new RakorModule3()).build();
    Commitment back = mapper.readValue(mapper.writeValueAsString(commitment), Commitment.class);

    // Errors are rakor-core's RakorJsonException, with the same kind and path.
    assertThatThrownBy(() -> RakorJson3.readDocument("{\"schemaVersion\":3}", Commitment.class))
        .isInstanceOfSatisfying(
            RakorJsonException.class, e -> assertThat(e.path()).isEqualTo("$.schemaVersion"));
    // end::jackson3[]
    assertThat(written).isEqualTo(json);
    assertThat(back).isEqualTo(commitment);
  }

  @Test
  void aMapperOfOnesOwnReadsAndWritesRakorValuesInTheirOneForm() {
    JsonMapper mapper = JsonMapper.builder().addModule(new RakorModule3()).build();

    assertThat(mapper.readValue(COMMITMENT, Commitment.class)).isEqualTo(golden("commitment"));
    Meeting meeting = (Meeting) golden("meeting");
    assertThat(mapper.readValue(mapper.writeValueAsString(meeting), Meeting.class))
        .isEqualTo(meeting);
    ZonedDateTime start = ZonedDateTime.of(2026, 1, 12, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta"));
    assertThat(mapper.writeValueAsString(start))
        .isEqualTo("\"2026-01-12T09:00:00+07:00[Asia/Jakarta]\"");
    assertThat(mapper.writeValueAsString(LocalDate.of(2026, 12, 31))).isEqualTo("\"2026-12-31\"");
    assertThatThrownBy(() -> mapper.readValue("\"2026-01-13T00:00:00\"", LocalDate.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("is not a date yyyy-MM-dd");
    assertThatThrownBy(() -> mapper.readValue("1e999999999", java.math.BigDecimal.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("at most " + RakorModule.MAX_DECIMAL_DIGITS + " digits");
  }

  @Test
  void aMapperWithDefaultTypingIsRefused() {
    assertThatThrownBy(
            () ->
                JsonMapper.builder()
                    .activateDefaultTyping(
                        BasicPolymorphicTypeValidator.builder().build(), DefaultTyping.NON_FINAL)
                    .addModule(new RakorModule3())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("never uses polymorphic default typing");
  }

  @Test
  void theModuleHasTheVersionOfRakorCore() {
    assertThat(new RakorModule3().version().toString())
        .isEqualTo(new RakorModule().version().toString());
  }

  @Test
  void theEntryPointsMapperHasTheLimitsAndKeepsThemWhenRebuilt() {
    String tooMany =
        "[" + String.join(",", java.util.Collections.nCopies(Limits.LIST_SIZE + 1, "1")) + "]";
    JsonMapper rebuilt = RakorJson3.mapper().rebuild().build();

    for (JsonMapper mapper : List.of(RakorJson3.mapper(), rebuilt)) {
      assertThatThrownBy(() -> mapper.readValue(tooMany, int[].class))
          .hasMessageContaining("an array holds at most " + Limits.LIST_SIZE);
    }
    assertThat(RakorJson3.readConstraints().getMaxDocumentLength())
        .isEqualTo(RakorJson.MAX_DOCUMENT_LENGTH);
    assertThat(RakorJson3.readConstraints().getMaxTokenCount())
        .isEqualTo(RakorJson.MAX_TOKEN_COUNT);
  }
}
